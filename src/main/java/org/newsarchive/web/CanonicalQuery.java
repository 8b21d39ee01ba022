package org.newsarchive.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
		for (Pair pair : pairs(raw)) {
			String value = decode(pair.rawValue());
			if (pair.name() != null && value != null) {
				values.putIfAbsent(pair.name(), value);
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
		for (Pair pair : pairs(query)) {
			if (pair.name() != null && taken.contains(pair.name()) && seen.add(pair.name())) {
				kept.add(pair.raw());
			}
		}
		return kept.toString();
	}

	/** The {@code name=value} pairs of a raw query, in its order. */
	private static List<Pair> pairs(String query) {
		List<Pair> pairs = new ArrayList<>();
		for (String raw : query.split("&")) {
			int equals = raw.indexOf('=');
			pairs.add(new Pair(raw, decode((equals >= 0) ? raw.substring(0, equals) : raw),
					(equals >= 0) ? raw.substring(equals + 1) : ""));
		}
		return pairs;
	}

	/** A parameter's name or value, or null when it is not validly encoded. */
	private static String decode(String encoded) {
		try {
			return UriUtils.decode(encoded.replace('+', ' '), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * One pair of a query: as the client wrote it, its decoded name (null when not
	 * validly encoded), and its value still encoded.
	 */
	private record Pair(String raw, String name, String rawValue) {
	}

}
