package org.newsarchive.search;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * A search request as the search page and the API both answer it: searched when the
 * request holds one of the turns ({@link SearchTurns}), else busy; a page number that
 * is not one asks for the first page rather than an error. Its outcome carries the
 * status, so the two cannot answer the same request differently.
 */
@Component
public class SearchRequests {

	private final SearchService search;

	private final SearchTurns turns;

	SearchRequests(SearchService search, SearchTurns turns) {
		this.search = search;
		this.turns = turns;
	}

	public SearchResults answer(String query, String page, HttpServletRequest request) throws InterruptedException {
		return this.turns.held(request) ? this.search.search(query, pageNumber(page)) : SearchResults.busy(query);
	}

	public SearchLimits limits() {
		return this.search.limits();
	}

	private static int pageNumber(String page) {
		try {
			return Integer.parseInt(page);
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
