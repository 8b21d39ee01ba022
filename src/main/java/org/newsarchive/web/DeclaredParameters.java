package org.newsarchive.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Each route takes the query parameters its handler declares ({@code @RequestParam}),
 * and no others: a request with another parameter ({@code ?utm_source=…},
 * {@code ?junk=1}), or with one twice, answers 301 to the same address with only the
 * first of each declared one. Any query the archive does not read so costs a redirect,
 * never a render or an entry in the page cache. Static files take none; a handler marked
 * {@link TakesAnyQuery} takes any, for its query is part of what its path names.
 */
@Component
class DeclaredParameters implements HandlerInterceptor {

	private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String query = request.getQueryString();
		if (query == null || request.getDispatcherType() != DispatcherType.REQUEST
				|| !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			return true;
		}
		Set<String> taken = taken(handler);
		if (taken == null) {
			return true;
		}
		String kept = CanonicalQuery.keeping(query, taken);
		if (kept.equals(query)) {
			return true;
		}
		Redirects.permanent(response, request.getRequestURI(), kept);
		return false;
	}

	/** The parameters a handler takes, or null for a handler the archive does not know. */
	private Set<String> taken(Object handler) {
		if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(TakesAnyQuery.class)) {
			return null;
		}
		if (handler instanceof HandlerMethod method) {
			return this.declared.computeIfAbsent(method.getMethod(), (key) -> requestParameters(method));
		}
		return (handler instanceof ResourceHttpRequestHandler) ? Set.of() : null;
	}

	private static Set<String> requestParameters(HandlerMethod method) {
		return Stream.of(method.getMethodParameters())
			.map(DeclaredParameters::name)
			.filter(StringUtils::hasText)
			.collect(Collectors.toUnmodifiableSet());
	}

	private static String name(MethodParameter parameter) {
		RequestParam param = AnnotatedElementUtils.findMergedAnnotation(parameter.getParameter(), RequestParam.class);
		if (param == null) {
			return null;
		}
		return StringUtils.hasText(param.name()) ? param.name() : parameter.getParameterName();
	}

}
