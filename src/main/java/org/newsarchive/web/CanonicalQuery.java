package org.newsarchive.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriUtils;

/** The query parameters that name a distinct page (a search, a page of a list); others, like tracking tags, do not. */
final class CanonicalQuery {

	private static final List<String> MEANINGFUL = List.of("q", "sort", "from", "to", "tag", "person", "section",
			"publisher", "page", "before", "after");

	/** The meaningful parameters that may come more than once: a search's facets. */
	private static final Set<String> REPEATABLE = Set.of("tag", "person", "section", "publisher");

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
		Map<String, SortedSet<String>> values = new HashMap<>();
		for (Pair pair : pairs(raw)) {
			String value = decode(pair.rawValue());
			if (pair.name() != null && value != null) {
				SortedSet<String> named = values.computeIfAbsent(pair.name(), (name) -> new TreeSet<>());
				if (named.isEmpty() || REPEATABLE.contains(pair.name())) {
					named.add(value);
				}
			}
		}
		String query = MEANINGFUL.stream()
			.filter(values::containsKey)
			.flatMap((name) -> values.get(name).stream()
				.map((value) -> name + "=" + UriUtils.encodeQueryParam(value, "UTF-8")))
			.collect(Collectors.joining("&"));
		return query.isEmpty() ? "" : "?" + query;
	}

	/**
	 * A raw query with only the first occurrence of each parameter a route takes, spelled
	 * as the client spelled it ({@code q=a+b} stays so), and in its order. A parameter the
	 * route takes more than once keeps each of its values once, sorted, where it first
	 * came: {@code tag=b&tag=a&tag=b} and {@code tag=a&tag=b} are one page.
	 */
	static String keeping(String query, Set<String> taken, Set<String> repeatable) {
		// Each kept parameter in its place: a raw pair, or the sorted values of a repeatable name.
		List<Object> kept = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Map<String, SortedMap<String, String>> repeated = new HashMap<>();
		for (Pair pair : pairs(query)) {
			if (pair.name() == null || !taken.contains(pair.name())) {
				continue;
			}
			if (repeatable.contains(pair.name())) {
				SortedMap<String, String> values = repeated.get(pair.name());
				if (values == null) {
					values = new TreeMap<>();
					repeated.put(pair.name(), values);
					kept.add(values);
				}
				String value = decode(pair.rawValue());
				values.putIfAbsent((value != null) ? value : pair.rawValue(), pair.raw());
			}
			else if (seen.add(pair.name())) {
				kept.add(pair.raw());
			}
		}
		StringJoiner joined = new StringJoiner("&");
		for (Object place : kept) {
			if (place instanceof SortedMap<?, ?> values) {
				values.values().forEach((raw) -> joined.add((String) raw));
			}
			else {
				joined.add((String) place);
			}
		}
		return joined.toString();
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
