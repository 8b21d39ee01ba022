package org.newsarchive.web;

import java.io.IOException;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsarchive.ArchiveProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps every successful GET response, since the archive only changes at an import,
 * which is a restart: a page is rendered once, then served from memory with a strong
 * ETag, gzip when the client takes it, and 304 to a conditional request, without
 * touching the controller, the database or Thymeleaf. The cache is bounded in bytes.
 */
@Component
@Order(PageCacheFilter.ORDER)
class PageCacheFilter extends OncePerRequestFilter {

	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

	/** Pages: a CDN or browser may reuse them for five minutes, and stale for a day while it revalidates. */
	static final String PAGE_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400";

	private static final int MAX_CACHED_BODY = 4 * 1024 * 1024;

	private final Cache<String, CachedPage> pages;

	PageCacheFilter(ArchiveProperties properties, ObjectProvider<MeterRegistry> metrics) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.pageCacheSize().toBytes())
			.weigher((String key, CachedPage page) -> page.weight())
			.recordStats()
			.build();
		// Hits, misses (renders) and evictions, for the operator's dashboards.
		metrics.ifAvailable((registry) -> CaffeineCacheMetrics.monitor(registry, this.pages, "pages"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		String key = key(request);
		CachedPage page = this.pages.getIfPresent(key);
		if (page == null) {
			page = render(request, response, chain);
			if (page == null) {
				return;
			}
			this.pages.put(key, page);
		}
		page.write(request, response);
	}

	/** The page a request asks for: its path and its parameters, in a stable order. */
	private static String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(request.getRequestURI());
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			for (String value : values) {
				key.append('\n').append(name).append('=').append(value);
			}
		});
		return key.toString();
	}

	/** Renders a response, and keeps it if it can be served again to anyone; else sends it as it is. */
	private CachedPage render(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		boolean keep = "GET".equals(request.getMethod()) && wrapper.getStatus() == HttpServletResponse.SC_OK
				&& wrapper.getContentSize() <= MAX_CACHED_BODY && wrapper.getHeader(HttpHeaders.SET_COOKIE) == null
				&& !isError(request);
		if (!keep) {
			wrapper.copyBodyToResponse();
			return null;
		}
		CachedPage page = CachedPage.of(wrapper, wrapper.getContentAsByteArray(), wrapper.getHeader(HttpHeaders.ETAG),
				PAGE_CACHE_CONTROL);
		wrapper.resetBuffer();
		return page;
	}

	private static boolean isError(HttpServletRequest request) {
		return request.getAttribute("jakarta.servlet.error.status_code") != null;
	}

}
