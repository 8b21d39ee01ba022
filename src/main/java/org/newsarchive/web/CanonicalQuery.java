package org.newsarchive.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriUtils;

/** The query parameters that name a distinct page (a search, a page of a list); others, like tracking tags, do not. */
final class CanonicalQuery {

	private static final List<String> MEANINGFUL = List.of("q", "page", "before", "after");

	private CanonicalQuery() {
	}

	/**
	 * The query of a page's canonical link: its meaningful parameters, encoded the one
	 * way. Read from the query string alone, never from a request's body.
	 */
	static String of(HttpServletRequest request) {
		String raw = request.getQueryString();
		if (raw == null) {
			return "";
		}
		Map<String, String> values = new HashMap<>();
		for (String pair : raw.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
			String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
			if (name != null && value != null) {
				values.putIfAbsent(name, value);
			}
		}
		String query = MEANINGFUL.stream()
			.filter(values::containsKey)
			.map((name) -> name + "=" + UriUtils.encodeQueryParam(values.get(name), "UTF-8"))
			.collect(Collectors.joining("&"));
		return query.isEmpty() ? "" : "?" + query;
	}

	/**
	 * A raw query with only the first occurrence of each parameter a route takes, spelled
	 * as the client spelled it ({@code q=a+b} stays so), and in its order.
	 */
	static String keeping(String query, Set<String> taken) {
		StringJoiner kept = new StringJoiner("&");
		Set<String> seen = new HashSet<>();
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
			if (name != null && taken.contains(name) && seen.add(name)) {
				kept.add(pair);
			}
		}
		return kept.toString();
	}

	/** A parameter's name or value, or null when it is not validly encoded. */
	private static String decode(String name) {
		try {
			return UriUtils.decode(name.replace('+', ' '), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
