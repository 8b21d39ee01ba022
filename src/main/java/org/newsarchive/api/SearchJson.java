package org.newsarchive.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.newsarchive.search.SearchResults;
import org.newsarchive.web.Links;

/**
 * What a search found, or why it could not search.
 *
 * @param query the query as searched: trimmed, and cut to the longest query searched
 * @param total how many articles match
 * @param hits this page's hits, best first
 * @param next the next page of hits, or null
 * @param previous the previous page of hits, or null
 */
@Schema(name = "SearchResults")
record SearchJson(String query,
		@Schema(allowableValues = { "searched", "partial", "empty", "no-words" }) String outcome,
		long total, int page, List<Hit> hits, String next, String previous) {

	static SearchJson of(SearchResults results, ApiLinks links) {
		return new SearchJson(results.query(), outcome(results.outcome()), results.total(), results.page(),
				results.hits().stream().map((hit) -> new Hit(CardJson.of(hit.card(), links), hit.snippet())).toList(),
				results.hasNext() ? page(results, results.page() + 1, links) : null,
				results.hasPrevious() ? page(results, results.page() - 1, links) : null);
	}

	/** An outcome as JSON names it: {@code too-broad}. */
	static String outcome(SearchResults.Outcome outcome) {
		return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String page(SearchResults results, int page, ApiLinks links) {
		// Form-encoded, so that a '+' of the query is not read back as a space.
		return links.absolute(Links.API_SEARCH + "?q=" + URLEncoder.encode(results.query(), StandardCharsets.UTF_8) + "&page="
				+ page);
	}

	/**
	 * An article found.
	 *
	 * @param snippet HTML: the passage that matched, escaped, with the matched words in
	 * {@code <mark>}
	 */
	record Hit(@JsonUnwrapped CardJson card, String snippet) {
	}

}
