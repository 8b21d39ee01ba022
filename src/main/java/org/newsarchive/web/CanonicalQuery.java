package org.newsarchive.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriUtils;

/** The query parameters that name a distinct page (a search, a page of a list); others, like tracking tags, do not. */
final class CanonicalQuery {

	private static final List<String> MEANINGFUL = List.of("q", "page", "before", "after");

	private CanonicalQuery() {
	}

	static String of(HttpServletRequest request) {
		String query = MEANINGFUL.stream()
			.filter((name) -> request.getParameter(name) != null)
			.map((name) -> name + "=" + UriUtils.encodeQueryParam(request.getParameter(name), "UTF-8"))
			.collect(Collectors.joining("&"));
		return query.isEmpty() ? "" : "?" + query;
	}

}
