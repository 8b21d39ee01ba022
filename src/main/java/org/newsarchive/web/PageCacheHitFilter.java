package org.newsarchive.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a GET or HEAD that the page cache holds, first of the archive's filters: an
 * entry already carries the security headers, and its key is a canonical path that
 * passed the method and escape checks when it was rendered, so the filters that put
 * them there have nothing left to do for it (they took a fifth of a hit's time). Only
 * HSTS belongs to the connection, and is added here as {@link SecurityHeadersFilter}
 * adds it. Everything else goes on to those filters and to {@link PageCacheFilter}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageCacheHitFilter extends OncePerRequestFilter {

	private final PageCache pages;

	PageCacheHitFilter(PageCache pages) {
		this.pages = pages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
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
		page.serve(request, response);
	}

}
