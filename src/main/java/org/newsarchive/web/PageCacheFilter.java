package org.newsarchive.web;

import java.io.IOException;
import java.util.TreeMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

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
 * touching the controller, the database or Thymeleaf. HEAD is answered from the same
 * entry, and a HEAD that misses renders the GET and keeps it, so both get the same
 * headers. It runs after the security headers and the canonical redirects, so every
 * key is a canonical address and every entry holds the archive's headers; the entries
 * are served by {@link PageCacheHitFilter}, ahead of both, so what reaches this filter
 * is a miss.
 */
@Component
@Order(PageCacheFilter.ORDER)
class PageCacheFilter extends OncePerRequestFilter {

	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

	/** Seconds a CDN or browser may reuse a page: five minutes. */
	static final long PAGE_MAX_AGE = 300;

	/** Seconds it may serve it stale while it revalidates: a day. */
	static final long PAGE_STALE_WHILE_REVALIDATE = 86_400;

	/** Pages: a CDN or browser may reuse them for five minutes, and stale for a day while it revalidates. */
	static final String PAGE_CACHE_CONTROL = "public, max-age=" + PAGE_MAX_AGE + ", stale-while-revalidate="
			+ PAGE_STALE_WHILE_REVALIDATE;

	private static final int MAX_CACHED_BODY = 4 * 1024 * 1024;

	private final PageCache pages;

	PageCacheFilter(PageCache pages) {
		this.pages = pages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean head = "HEAD".equals(request.getMethod());
		if (!head && !"GET".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		boolean query = hasQuery(request);
		CachedPage page = render(head ? new GetOfHead(request) : request, response, chain);
		if (page == null) {
			return;
		}
		this.pages.put(key(request, query), query, page);
		page.write(request, response, this.pages.now());
	}

	/**
	 * Whether a request names parameters. Asked of the parameters, not the query string:
	 * a request need not carry them there (MockMvc's, for one, holds them alone).
	 */
	static boolean hasQuery(HttpServletRequest request) {
		return !request.getParameterMap().isEmpty();
	}

	/** The page a request asks for: its path, and its parameters in a stable order. */
	static String key(HttpServletRequest request, boolean query) {
		if (!query) {
			return request.getRequestURI();
		}
		StringBuilder key = new StringBuilder(request.getRequestURI());
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			for (String value : values) {
				key.append('\n').append(name).append('=').append(value);
			}
		});
		return key.toString();
	}

	/**
	 * Renders a response, and keeps it if it can be served again to anyone (a page, or a
	 * withdrawn article's 410); else sends it as it is.
	 */
	private CachedPage render(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		int status = wrapper.getStatus();
		boolean keep = (status == HttpServletResponse.SC_OK || status == HttpServletResponse.SC_GONE)
				&& wrapper.getContentSize() <= MAX_CACHED_BODY && wrapper.getHeader(HttpHeaders.SET_COOKIE) == null
				&& !isError(request) && !"no-store".equals(wrapper.getHeader(HttpHeaders.CACHE_CONTROL));
		if (!keep) {
			wrapper.copyBodyToResponse();
			return null;
		}
		CachedPage page = CachedPage.of(wrapper, wrapper.getContentAsByteArray(), wrapper.getHeader(HttpHeaders.ETAG),
				PAGE_CACHE_CONTROL, PageExpiry.of(request));
		wrapper.resetBuffer();
		return page;
	}

	private static boolean isError(HttpServletRequest request) {
		return request.getAttribute("jakarta.servlet.error.status_code") != null;
	}

	/** A HEAD request rendered as the GET it stands for, so that the page it fills is whole. */
	private static final class GetOfHead extends HttpServletRequestWrapper {

		GetOfHead(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

	}

}
