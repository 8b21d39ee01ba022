package org.newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.newsarchive.search.SearchResults.Chosen;
import org.newsarchive.search.SearchResults.FacetCount;
import org.newsarchive.search.SearchResults.FacetCounts;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Counts a search's hits by each {@link Facet} and lists what narrows it, each value
 * with the address of the search it leads to: narrowed by it, or widened without it once
 * chosen. The counts come from the doc values of the hits alone; the names of the tags
 * and people shown are read in one short query, a page's worth of slugs.
 */
final class FacetCounting {

	/** The values of a facet a page shows, most hits first. */
	static final int TOP = 10;

	/** Years are shown in order, all of them: an archive spans a few decades at most. */
	private static final int YEARS = 500;

	private final NamedParameterJdbcTemplate jdbc;

	FacetCounting(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** What narrows a search, and its hits counted: the facets' counts are empty when it has no hits. */
	record Narrowing(List<FacetCounts> facets, List<Chosen> chosen) {
	}

	Narrowing count(SortedSetDocValuesReaderState state, FacetsCollector hits, SearchQuery request)
			throws IOException {
		Map<Facet, List<LabelAndValue>> counted = new EnumMap<>(Facet.class);
		if (state != null && hits != null) {
			SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, hits);
			for (Facet facet : Facet.values()) {
				List<LabelAndValue> values = top(counts, facet);
				if (!values.isEmpty()) {
					counted.put(facet, values);
				}
			}
		}
		Map<String, String> tags = new HashMap<>();
		Map<String, String> people = new HashMap<>();
		names(slugs(counted, request, Facet.TAG), tags, slugs(counted, request, Facet.PERSON), people);
		List<FacetCounts> facets = new ArrayList<>();
		counted.forEach((facet, values) -> facets.add(new FacetCounts(facet, values.stream()
			.map((value) -> count(request, facet, value.label, label(facet, value.label, tags, people),
					value.value.longValue()))
			.toList())));
		return new Narrowing(facets, chosen(request, tags, people));
	}

	private static List<LabelAndValue> top(SortedSetDocValuesFacetCounts counts, Facet facet) throws IOException {
		FacetResult result;
		try {
			result = counts.getTopChildren((facet == Facet.YEAR) ? YEARS : TOP, facet.dimension());
		}
		catch (IllegalArgumentException ex) {
			// No article of the index has a value of this facet (no section, say).
			return List.of();
		}
		if (result == null) {
			return List.of();
		}
		List<LabelAndValue> values = new ArrayList<>(List.of(result.labelValues));
		if (facet == Facet.YEAR) {
			values.sort(Comparator.comparing((LabelAndValue value) -> value.label));
		}
		return values;
	}

	private static FacetCount count(SearchQuery request, Facet facet, String value, String label, long count) {
		if (facet == Facet.YEAR) {
			boolean chosen = value.equals(request.from()) && value.equals(request.to());
			return new FacetCount(value, label, count, chosen,
					(chosen ? request.dated(null, null) : request.dated(value, value)).href());
		}
		boolean chosen = request.values(facet).contains(value);
		return new FacetCount(value, label, count, chosen,
				(chosen ? request.without(facet, value) : request.with(facet, value)).href());
	}

	private static List<Chosen> chosen(SearchQuery request, Map<String, String> tags, Map<String, String> people) {
		List<Chosen> chosen = new ArrayList<>();
		if (request.from() != null) {
			chosen.add(new Chosen("From", request.from(), request.dated(null, request.to()).href()));
		}
		if (request.to() != null) {
			chosen.add(new Chosen("To", request.to(), request.dated(request.from(), null).href()));
		}
		for (Facet facet : Facet.FILTERS) {
			for (String value : request.values(facet)) {
				chosen.add(new Chosen(facet.kind(), label(facet, value, tags, people),
						request.without(facet, value).href()));
			}
		}
		return chosen;
	}

	private static Set<String> slugs(Map<Facet, List<LabelAndValue>> counted, SearchQuery request, Facet facet) {
		Set<String> slugs = new HashSet<>(request.values(facet));
		counted.getOrDefault(facet, List.of()).forEach((value) -> slugs.add(value.label));
		return slugs;
	}

	private static String label(Facet facet, String value, Map<String, String> tags, Map<String, String> people) {
		return switch (facet) {
			case TAG -> tags.getOrDefault(value, value);
			case PERSON -> people.getOrDefault(value, value);
			default -> value;
		};
	}

	/** Reads the names of a few tags and people, by slug, in one statement. */
	private void names(Set<String> tagSlugs, Map<String, String> tags, Set<String> personSlugs,
			Map<String, String> people) {
		if (tagSlugs.isEmpty() && personSlugs.isEmpty()) {
			return;
		}
		// An empty list is no valid SQL: a slug no row has stands in for it.
		Map<String, Set<String>> slugs = Map.of("tags", tagSlugs.isEmpty() ? Set.of("") : tagSlugs, "people",
				personSlugs.isEmpty() ? Set.of("") : personSlugs);
		this.jdbc.query("""
				select 't', slug, name from tag where slug in (:tags)
				union all select 'p', slug, name from person where slug in (:people)""", slugs, (row) -> {
			(row.getString(1).equals("t") ? tags : people).put(row.getString(2), row.getString(3));
		});
	}

}
