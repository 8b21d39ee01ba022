package org.newsarchive.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Answers a GET or HEAD that the page cache holds, first of the archive's filters: an
 * entry already carries the security headers, and its key is a canonical path that
 * passed the method and escape checks when it was rendered, so the filters that put
 * them there have nothing left to do for it (they took a fifth of a hit's time). Only
 * HSTS belongs to the connection, and is added here as {@link SecurityHeadersFilter}
 * adds it. Everything else goes on to those filters and to {@link PageCacheFilter}.
 * <p>
 * A plain filter, not a {@code OncePerRequestFilter}: Spring Boot maps a filter bean to
 * the REQUEST dispatch alone, so it runs once anyway, without the request attribute by
 * which a {@code OncePerRequestFilter} remembers it ran (set and removed on every hit).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageCacheHitFilter implements Filter {

	private final PageCache pages;

	PageCacheHitFilter(PageCache pages) {
		this.pages = pages;
	}

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		HttpServletResponse response = (HttpServletResponse) servletResponse;
		String method = request.getMethod();
		CachedPage page = null;
		if ("GET".equals(method) || "HEAD".equals(method)) {
			boolean query = PageCacheFilter.hasQuery(request);
			page = this.pages.get(PageCacheFilter.key(request, query), query);
		}
		if (page == null) {
			chain.doFilter(request, response);
			return;
		}
		if (request.isSecure()) {
			response.setHeader(SecurityHeadersFilter.STRICT_TRANSPORT_SECURITY,
					SecurityHeadersFilter.STRICT_TRANSPORT_SECURITY_VALUE);
		}
		page.serve(request, response, this.pages.now());
	}

}
