package org.newsarchive.search;

import java.time.Duration;
import java.util.List;

import org.newsarchive.browse.ArticleCard;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * What a search found, or why it could not search.
 *
 * @param total how many articles match
 * @param hits this page's hits, best first
 * @param took how long the search took, from the query to its hits and snippets
 */
public record SearchResults(String query, Outcome outcome, long total, int page, List<Hit> hits, Duration took) {

	/** How a search went, and the HTTP status that says so. */
	public enum Outcome {

		/** No query given: the page explains how to search. */
		EMPTY(HttpStatus.OK),
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

	}

	static SearchResults because(String query, Outcome outcome) {
		return new SearchResults(query, outcome, 0, 1, List.of(), Duration.ZERO);
	}

	/** The answer to a request that got no turn to search. */
	public static SearchResults busy(String query) {
		return because((query != null) ? query.strip() : "", Outcome.BUSY);
	}

	SearchResults took(Duration took) {
		return new SearchResults(this.query, this.outcome, this.total, this.page, this.hits, took);
	}

	public boolean hasNext() {
		return (long) this.page * SearchService.PAGE_SIZE < this.total && this.page < SearchService.MAX_PAGE;
	}

	public boolean hasPrevious() {
		return this.page > 1;
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
	 * One article found.
	 *
	 * @param snippet HTML: the passage that matched, escaped, with the matched words in
	 * {@code <mark>}
	 */
	public record Hit(ArticleCard card, String snippet) {
	}

}
