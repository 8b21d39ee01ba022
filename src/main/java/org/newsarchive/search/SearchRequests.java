package org.newsarchive.search;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * A search request as the search page and the API both answer it: its parameters read
 * into a {@link SearchQuery} (a parameter it cannot read is refused before any turn is
 * taken), then searched when the request holds one of the turns ({@link SearchTurns}),
 * else busy. Its outcome carries the status, so the two cannot answer the same request
 * differently.
 */
@Component
public class SearchRequests {

	private final SearchService search;

	private final SearchTurns turns;

	SearchRequests(SearchService search, SearchTurns turns) {
		this.search = search;
		this.turns = turns;
	}

	/**
	 * Answers the request's search. Its parameters are read from the request, every
	 * value of each: Spring would split a lone facet value at its commas, and a
	 * publisher's name may hold one.
	 */
	public SearchResults answer(HttpServletRequest request) throws InterruptedException {
		SearchQuery query;
		try {
			query = SearchQuery.parse(request::getParameterValues);
		}
		catch (SearchQuery.Refusal refusal) {
			return SearchResults.refused(SearchQuery.of(request.getParameter("q"), 1), refusal.getMessage());
		}
		return this.turns.held(request) ? this.search.search(query) : SearchResults.busy(query);
	}

	public SearchLimits limits() {
		return this.search.limits();
	}

}
