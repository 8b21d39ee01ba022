package org.newsarchive.web;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a link that differs from a canonical address only by a trailing slash or by
 * letter case to that address, permanently: {@code /Tags/North-Korea/} answers 301 to
 * {@code /tags/north-korea}. Every path the archive publishes is lower case.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CanonicalPathFilter extends OncePerRequestFilter {

	/** Paths whose canonical form is lower case: all but images' and the API docs' files. */
	private static final Pattern LOWER_CASE = Pattern.compile(
			"/(\\d{4}(/.*)?|a/.*|tags(/.*)?|people(/.*)?|search|feed\\.xml|sitemap\\.xml|robots\\.txt)",
			Pattern.CASE_INSENSITIVE);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		String canonical = canonical(path);
		if (canonical.equals(path) || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			chain.doFilter(request, response);
			return;
		}
		String query = request.getQueryString();
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader(HttpHeaders.LOCATION, canonical + ((query != null) ? "?" + query : ""));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=86400");
	}

	static String canonical(String path) {
		if (isPlainLowerCase(path)) {
			return path;
		}
		String canonical = path;
		while (canonical.length() > 1 && canonical.endsWith("/")) {
			canonical = canonical.substring(0, canonical.length() - 1);
		}
		if (LOWER_CASE.matcher(canonical).matches()) {
			canonical = canonical.toLowerCase(Locale.ROOT);
		}
		return canonical;
	}

	/**
	 * Whether a path is canonical at a glance: ASCII with no capital letter, and no
	 * trailing slash. Most are, and this spares them the pattern, which took a tenth of
	 * the time of a cached page.
	 */
	private static boolean isPlainLowerCase(String path) {
		int length = path.length();
		if (length > 1 && path.charAt(length - 1) == '/') {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = path.charAt(i);
			if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
				return false;
			}
		}
		return true;
	}

}
