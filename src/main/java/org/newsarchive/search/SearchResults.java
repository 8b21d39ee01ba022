package org.newsarchive.search;

import java.time.Duration;
import java.util.List;

import org.newsarchive.browse.ArticleCard;
import org.newsarchive.person.PersonView;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * What a search found, or why it could not search.
 *
 * @param request what was asked for: the words, page, order, dates and facet values
 * @param total how many articles match
 * @param hits this page's hits, in the order asked for
 * @param facets the hits counted by each facet, for narrowing (none unless it searched)
 * @param chosen what narrows the search (dates, facet values), each with its removal
 * @param suggestion the query spelt better, when it found few or no hits; else null
 * @param person the person the query names, by name or alias; else null
 * @param refusal why a request was {@link Outcome#REFUSED}, as a sentence; else null
 * @param took how long the search took, from the query to its hits and snippets
 */
public record SearchResults(SearchQuery request, Outcome outcome, long total, List<Hit> hits,
		List<FacetCounts> facets, List<Chosen> chosen, Suggestion suggestion, PersonView person, String refusal,
		Duration took) {

	/** Hits without facets. */
	public SearchResults(String query, Outcome outcome, long total, int page, List<Hit> hits, Duration took) {
		this(SearchQuery.of(query, page), outcome, total, hits, List.of(), List.of(), null, null, null, took);
	}

	/** How a search went, and the HTTP status that says so. */
	public enum Outcome {

		/** No query given: the page explains how to search. */
		EMPTY(HttpStatus.OK),
		/** An order, a date or a facet value that cannot be read, or that names nothing the archive holds. */
		REFUSED(HttpStatus.BAD_REQUEST),
		/** The query is longer than {@link SearchService#MAX_QUERY_LENGTH}. */
		TOO_LONG(HttpStatus.BAD_REQUEST),
		/** The query looks for more words than {@link SearchLimits#maxWords()}. */
		TOO_MANY_WORDS(HttpStatus.BAD_REQUEST),
		/** The query holds no word to find (only punctuation, words like "the", or words left out). */
		NO_WORDS(HttpStatus.OK),
		/** The query matches too many words to search: {@code *}, a short prefix, or a prefix of too many words. */
		TOO_BROAD(HttpStatus.BAD_REQUEST),
		/** As many searches as may run at once are running. */
		BUSY(HttpStatus.SERVICE_UNAVAILABLE),
		/** The index is still being built. */
		UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
		/** The search ran out of time: the hits are those it found in time. */
		PARTIAL(HttpStatus.OK),
		/** The search ran; it may still have found nothing. */
		SEARCHED(HttpStatus.OK);

		private final HttpStatus status;

		Outcome(HttpStatus status) {
			this.status = status;
		}

		public HttpStatus status() {
			return this.status;
		}

		/** Whether it searched: its hits answer the query (all of them, or those found in time). */
		public boolean searched() {
			return this == SEARCHED || this == PARTIAL;
		}

	}

	static SearchResults because(String query, Outcome outcome) {
		return because(SearchQuery.of(query, 1), outcome);
	}

	static SearchResults because(SearchQuery request, Outcome outcome) {
		return new SearchResults(request, outcome, 0, List.of(), List.of(), List.of(), null, null, null, Duration.ZERO);
	}

	/** The answer to a request whose parameters the search cannot read; the form keeps its words. */
	static SearchResults refused(SearchQuery request, String why) {
		return new SearchResults(request, Outcome.REFUSED, 0, List.of(), List.of(), List.of(), null, null, why,
				Duration.ZERO);
	}

	/** The answer to a request that got no turn to search. */
	public static SearchResults busy(String query) {
		return because((query != null) ? query.strip() : "", Outcome.BUSY);
	}

	static SearchResults busy(SearchQuery request) {
		return because(request, Outcome.BUSY);
	}

	SearchResults took(Duration took) {
		return new SearchResults(this.request, this.outcome, this.total, this.hits, this.facets, this.chosen,
				this.suggestion, this.person, this.refusal, took);
	}

	/**
	 * Why the search answers no hits of its own, as a sentence: the refusal's own words,
	 * or what the limits say of the outcome; null for an outcome that answers hits or help.
	 */
	public String why(SearchLimits limits) {
		if (this.refusal != null) {
			return this.refusal;
		}
		return switch (this.outcome) {
			case TOO_LONG -> "The query is longer than " + SearchService.MAX_QUERY_LENGTH + " characters";
			case TOO_MANY_WORDS -> "The query looks for more than " + limits.maxWords()
					+ " words (a phrase's words and words left out count; words like \"the\" do not)";
			case TOO_BROAD -> "The query matches too many words: a prefix needs at least " + limits.minPrefix()
					+ " letters before its * and may match at most " + limits.maxPrefixWords() + " words";
			case BUSY -> "Too many searches are running at once; try again in a second";
			case UNAVAILABLE -> "The search index is still being built; try again later";
			default -> null;
		};
	}

	/** The words searched: trimmed, and cut to the longest query searched. */
	public String query() {
		return this.request.text();
	}

	public int page() {
		return this.request.page();
	}

	/** The address of another page of this search, at a path (the page's or the API's), its number given. */
	public String pageHref(String path, int page) {
		return this.request.page(page).href(path, true);
	}

	public boolean hasNext() {
		return (long) page() * SearchService.PAGE_SIZE < this.total && page() < SearchService.MAX_PAGE;
	}

	public boolean hasPrevious() {
		return page() > 1;
	}

	/**
	 * The headers that go with the outcome: when to try again, and that a partial answer
	 * is not to be kept (the next try may find everything).
	 */
	public HttpHeaders headers() {
		HttpHeaders headers = new HttpHeaders();
		switch (this.outcome) {
			case BUSY -> headers.set(HttpHeaders.RETRY_AFTER, "1");
			case UNAVAILABLE -> headers.set(HttpHeaders.RETRY_AFTER, "30");
			case PARTIAL -> headers.setCacheControl(CacheControl.noStore());
			default -> {
			}
		}
		return headers;
	}

	/**
	 * One article found, and where in it the search matched.
	 *
	 * @param snippet HTML: the passages that matched in its best block (else its summary),
	 * escaped, with the matched words in {@code <mark>}
	 * @param best the block that matched best, where the hit opens; null if only the
	 * headline matched
	 * @param also the other blocks that matched, in their order in the article
	 */
	public record Hit(ArticleCard card, String snippet, Paragraph best, List<Paragraph> also) {

		/** The article, at its best block if one matched. */
		public String href() {
			return (this.best != null) ? this.best.href() : this.card.permalink();
		}

	}

	/**
	 * "Did you mean": the query spelt better.
	 *
	 * @param query the query with its misspelt words replaced
	 * @param href the search for it, narrowed and ordered as this one
	 */
	public record Suggestion(String query, String href) {
	}

	/**
	 * A block of an article that a search matched.
	 *
	 * @param number its number, as its anchor {@code p{number}} and "¶" name it
	 * @param href the article's permalink at the block
	 */
	public record Paragraph(int number, String href) {
	}

	/**
	 * The hits counted by one facet, most first (years in their order).
	 */
	public record FacetCounts(Facet facet, List<FacetCount> values) {

		public String title() {
			return this.facet.title();
		}

	}

	/**
	 * How many hits have one value of a facet.
	 *
	 * @param value the value as a parameter gives it (a slug, a name, a year)
	 * @param label the value as a reader reads it (a tag's or person's name)
	 * @param chosen whether it narrows the search already
	 * @param href the search narrowed by it, or, when chosen, widened again without it
	 */
	public record FacetCount(String value, String label, long count, boolean chosen, String href) {
	}

	/**
	 * What narrows a search: a date, or a value of a facet.
	 *
	 * @param kind what it is ("Tag", "From")
	 * @param label its value as a reader reads it
	 * @param removeHref the search without it
	 */
	public record Chosen(String kind, String label, String removeHref) {
	}

}
