package org.newsarchive.memento;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The original URL a Memento request names after its endpoint's path, as sent: the
 * rest of the path, with the request's query string, which is the original URL's own
 * ({@code /timemap/link/https://example.org/a?id=1}).
 */
final class OriginalUrlRequest {

	private OriginalUrlRequest() {
	}

	/** The original URL after a path prefix ({@code /timegate/}). */
	static String of(HttpServletRequest request, String prefix) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String rest = path.startsWith(prefix) ? path.substring(prefix.length()) : "";
		String query = request.getQueryString();
		return (query != null) ? rest + "?" + query : rest;
	}

	/** How a request spells an original URL the one way: as the archive's metadata gives it, in ASCII. */
	static String spelling(String originalUrl) {
		return URI.create(originalUrl).toASCIIString();
	}

}
