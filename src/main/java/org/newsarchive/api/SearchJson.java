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
 * @param suggestion "did you mean": the query spelt better, when it found few or no hits; else null
 * @param person the person the query names by name or alias, else null
 * @param next the next page of hits, or null
 * @param previous the previous page of hits, or null
 */
@Schema(name = "SearchResults")
record SearchJson(String query,
		@Schema(allowableValues = { "searched", "partial", "empty", "no-words" }) String outcome,
		@Schema(allowableValues = { "relevance", "newest", "oldest" }) String sort, String from, String to,
		Map<String, SortedSet<String>> filters, long total, int page, List<Hit> hits,
		Map<String, List<FacetValue>> facets, Suggestion suggestion, PersonJson.Summary person, String next,
		String previous) {

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
				results.hits().stream().map((hit) -> Hit.of(hit, links)).toList(),
				facets, (results.suggestion() != null) ? Suggestion.of(results.suggestion(), links) : null,
				(results.person() != null) ? PersonJson.Summary.of(results.person(), links) : null,
				results.hasNext() ? page(results, results.page() + 1, links) : null,
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
	 * An article found, and where in it the search matched.
	 *
	 * @param snippet HTML: the passages that matched in its best block (else its summary),
	 * escaped, with the matched words in {@code <mark>}
	 * @param block the block that matched best, where the hit opens; null if only the
	 * headline matched
	 * @param also the other blocks that matched, in their order in the article
	 */
	record Hit(@JsonUnwrapped CardJson card, String snippet, Paragraph block, List<Paragraph> also) {

		static Hit of(SearchResults.Hit hit, ApiLinks links) {
			return new Hit(CardJson.of(hit.card(), links), hit.snippet(),
					(hit.best() != null) ? Paragraph.of(hit.best(), links) : null,
					hit.also().stream().map((paragraph) -> Paragraph.of(paragraph, links)).toList());
		}

	}

	/**
	 * The query spelt better.
	 *
	 * @param query the query with its misspelt words replaced
	 * @param search the search for it, narrowed and ordered as this one
	 */
	record Suggestion(String query, String search) {

		static Suggestion of(SearchResults.Suggestion suggestion, ApiLinks links) {
			return new Suggestion(suggestion.query(), links.absolute(suggestion.href().replaceFirst("^" + Links.SEARCH,
					Links.API_SEARCH)));
		}

	}

	/**
	 * A block of an article that the search matched.
	 *
	 * @param number its number: the article page's anchor {@code p{number}}
	 * @param url the article's permalink at the block
	 */
	record Paragraph(int number, String url) {

		static Paragraph of(SearchResults.Paragraph paragraph, ApiLinks links) {
			return new Paragraph(paragraph.number(), links.absolute(paragraph.href()));
		}

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
