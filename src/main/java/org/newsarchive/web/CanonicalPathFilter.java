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
 * Sends a link that spells a page's path in any but its canonical way to that path,
 * permanently ({@link CanonicalPath}): {@code /Tags/North-Korea/} and
 * {@code /tags;x=1/north%2Dkorea} answer 301 to {@code /tags/north-korea}. It runs
 * before the page cache, which so keeps one entry a page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CanonicalPathFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		String canonical = CanonicalPath.of(path);
		if (canonical.equals(path) || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			chain.doFilter(request, response);
			return;
		}
		Redirects.permanent(response, canonical, request.getQueryString());
	}

}
