package org.newsarchive.search;

import java.util.List;

import org.newsarchive.article.ArticleCard;

/**
 * What a search found, or why it could not search.
 *
 * @param total how many articles match
 * @param hits this page's hits, best first
 */
public record SearchResults(String query, Outcome outcome, long total, int page, List<Hit> hits) {

	/** How a search went. */
	public enum Outcome {

		/** No query given: the page explains how to search. */
		EMPTY,
		/** The query is longer than {@link SearchService#MAX_QUERY_LENGTH}. */
		TOO_LONG,
		/** The query holds no searchable word (only punctuation or words like "the"). */
		NO_WORDS,
		/** The query matches too many words to search, such as a one-letter prefix. */
		TOO_BROAD,
		/** The index is still being built. */
		UNAVAILABLE,
		/** The search ran; it may still have found nothing. */
		SEARCHED

	}

	static SearchResults because(String query, Outcome outcome) {
		return new SearchResults(query, outcome, 0, 1, List.of());
	}

	public boolean hasNext() {
		return (long) this.page * SearchService.PAGE_SIZE < this.total && this.page < SearchService.MAX_PAGE;
	}

	public boolean hasPrevious() {
		return this.page > 1;
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
