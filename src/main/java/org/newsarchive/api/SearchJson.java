package org.newsarchive.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.newsarchive.search.SearchResults;
import org.newsarchive.web.Links;

/**
 * What a search found, or why it could not search.
 *
 * @param query the query as searched: trimmed, and cut to the longest query searched
 * @param sort the order of the hits
 * @param from the start of the date range as given, or null
 * @param to the end of the date range as given, or null
 * @param filters the facet values that narrow the search, by facet ({@code tag}, {@code person},
 * {@code section}, {@code publisher})
 * @param total how many articles match
 * @param hits this page's hits, in the order asked for
 * @param facets the hits counted by facet ({@code tag}, {@code person}, {@code year},
 * {@code section}, {@code publisher}): most hits first, years in order
 * @param next the next page of hits, or null
 * @param previous the previous page of hits, or null
 */
@Schema(name = "SearchResults")
record SearchJson(String query,
		@Schema(allowableValues = { "searched", "partial", "empty", "no-words" }) String outcome,
		@Schema(allowableValues = { "relevance", "newest", "oldest" }) String sort, String from, String to,
		Map<String, SortedSet<String>> filters, long total, int page, List<Hit> hits,
		Map<String, List<FacetValue>> facets, String next, String previous) {

	static SearchJson of(SearchResults results, ApiLinks links) {
		Map<String, SortedSet<String>> filters = new LinkedHashMap<>();
		results.request().filters().forEach((facet, values) -> filters.put(facet.dimension(), values));
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		results.facets().forEach((counts) -> facets.put(counts.facet().dimension(), counts.values()
			.stream()
			.map((value) -> new FacetValue(value.value(), value.label(), value.count(), value.chosen()))
			.toList()));
		return new SearchJson(results.query(), outcome(results.outcome()), results.request().sort().value(),
				results.request().from(), results.request().to(), filters, results.total(), results.page(),
				results.hits().stream().map((hit) -> new Hit(CardJson.of(hit.card(), links), hit.snippet())).toList(),
				facets, results.hasNext() ? page(results, results.page() + 1, links) : null,
				results.hasPrevious() ? page(results, results.page() - 1, links) : null);
	}

	/** An outcome as JSON names it: {@code too-broad}. */
	static String outcome(SearchResults.Outcome outcome) {
		return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String page(SearchResults results, int page, ApiLinks links) {
		// Form-encoded, so that a '+' of the query is not read back as a space.
		return links.absolute(results.pageHref(Links.API_SEARCH, page));
	}

	/**
	 * An article found.
	 *
	 * @param snippet HTML: the passage that matched, escaped, with the matched words in
	 * {@code <mark>}
	 */
	record Hit(@JsonUnwrapped CardJson card, String snippet) {
	}

	/**
	 * How many hits have one value of a facet.
	 *
	 * @param value the value as the facet's parameter takes it: a tag's or person's slug, a
	 * section's or publisher's name, a year (narrowed to with {@code from} and {@code to})
	 * @param label the value as a reader reads it
	 * @param chosen whether the search is narrowed by it already
	 */
	record FacetValue(String value, String label, long count, boolean chosen) {
	}

}
