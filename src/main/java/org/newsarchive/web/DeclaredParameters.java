package org.newsarchive.web;

import java.lang.reflect.Method;
import java.util.Collection;
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
 * first of each declared one. A parameter declared as a list (a search's {@code tag})
 * may come more than once: its values are kept once each, sorted. Any query the
 * archive does not read so costs a redirect, never a render or an entry in the page
 * cache. Static files take none; a handler marked {@link TakesAnyQuery} takes any, for
 * its query is part of what its path names.
 */
@Component
class DeclaredParameters implements HandlerInterceptor {

	private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String query = request.getQueryString();
		if (query == null || request.getDispatcherType() != DispatcherType.REQUEST
				|| !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			return true;
		}
		Declared taken = taken(handler);
		if (taken == null) {
			return true;
		}
		String kept = CanonicalQuery.keeping(query, taken.names(), taken.repeatable());
		if (kept.equals(query)) {
			return true;
		}
		Redirects.permanent(response, request.getRequestURI(), kept);
		return false;
	}

	/** The parameters a handler takes, or null for a handler the archive does not know. */
	private Declared taken(Object handler) {
		if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(TakesAnyQuery.class)) {
			return null;
		}
		if (handler instanceof HandlerMethod method) {
			return this.declared.computeIfAbsent(method.getMethod(), (key) -> requestParameters(method));
		}
		return (handler instanceof ResourceHttpRequestHandler) ? Declared.NONE : null;
	}

	private static Declared requestParameters(HandlerMethod method) {
		Set<String> names = Stream.of(method.getMethodParameters())
			.map(DeclaredParameters::name)
			.filter(StringUtils::hasText)
			.collect(Collectors.toUnmodifiableSet());
		Set<String> repeatable = Stream.of(method.getMethodParameters())
			.filter((parameter) -> StringUtils.hasText(name(parameter)))
			.filter((parameter) -> Collection.class.isAssignableFrom(parameter.getParameterType())
					|| parameter.getParameterType().isArray())
			.map(DeclaredParameters::name)
			.collect(Collectors.toUnmodifiableSet());
		return new Declared(names, repeatable);
	}

	/** The parameters a route takes, and which of them it takes more than once. */
	private record Declared(Set<String> names, Set<String> repeatable) {

		static final Declared NONE = new Declared(Set.of(), Set.of());

	}

	private static String name(MethodParameter parameter) {
		RequestParam param = AnnotatedElementUtils.findMergedAnnotation(parameter.getParameter(), RequestParam.class);
		if (param == null) {
			return null;
		}
		return StringUtils.hasText(param.name()) ? param.name() : parameter.getParameterName();
	}

}
