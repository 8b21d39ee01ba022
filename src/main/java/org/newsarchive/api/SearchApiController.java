package org.newsarchive.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.newsarchive.search.SearchQuery;
import org.newsarchive.search.SearchRequests;
import org.newsarchive.search.SearchResults;
import org.newsarchive.web.Links;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The full-text search as JSON. */
@RestController
@Tag(name = "Search")
class SearchApiController {

	private final SearchRequests search;

	private final ApiLinks links;

	SearchApiController(SearchRequests search, ApiLinks links) {
		this.search = search;
		this.links = links;
	}

	@GetMapping(Links.API_SEARCH)
	@Operation(summary = "Full-text search, ten hits a page, best first or by date, narrowed by dates and facets",
			description = "The outcome says whether it searched (or ran out of time and answers the hits found "
					+ "in time, not to be stored), or why it found nothing to search for (no query, no words); "
					+ "next and previous link the pages around this one. The hits are counted by tag, person, "
					+ "year, section and publisher (facets: the ten values with most hits, years all in order); "
					+ "tag, person, section and publisher narrow the search, each repeatable and all required; "
					+ "from and to narrow it to a date range. Each hit names the block that matched best (block: "
					+ "its number and the permalink at its #pN anchor; null when only the headline matched), the "
					+ "snippet of that block, and the other blocks that matched (also, in article order). A search "
					+ "that finds fewer than three articles suggests the query spelt better (suggestion: the names "
					+ "and aliases of the archive's people first, then the words of its articles); a query that "
					+ "names a person by name or alias gives that person (person). A query that would cost too much, or a parameter "
					+ "that cannot be read or names nothing the archive holds, is refused with a 400 problem; a "
					+ "busy search or an index still building answers 503 with Retry-After.")
	@ApiResponse(responseCode = "200", description = "The hits, or why there was nothing to search for")
	@ApiResponse(responseCode = "400",
			description = "The query is refused: too long, too many words, or too broad a prefix; or an order, "
					+ "a date or a facet value that cannot be read, or that no article has (outcome refused)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "503",
			description = "Too many searches at once (Retry-After: 1), or the index is still building "
					+ "(Retry-After: 30)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<SearchJson> search(
			@Parameter(description = "all words required; \"a phrase\", -excluded, prefix*")
			@RequestParam(required = false) String q,
			@Parameter(description = "the page, from 1") @RequestParam(required = false) String page,
			@Parameter(description = "the order of the hits", schema = @Schema(allowableValues = { "relevance",
					"newest", "oldest" }, defaultValue = "relevance")) @RequestParam(required = false) String sort,
			@Parameter(description = "the first day: YYYY-MM-DD, or a month (YYYY-MM) or a year (YYYY) from its "
					+ "first day") @RequestParam(required = false) String from,
			@Parameter(description = "the last day: YYYY-MM-DD, or a month (YYYY-MM) or a year (YYYY) to its last "
					+ "day; not before from") @RequestParam(required = false) String to,
			@Parameter(description = "a tag's slug; repeatable, every one required (at most "
					+ SearchQuery.MAX_VALUES + ")") @RequestParam(required = false) List<String> tag,
			@Parameter(description = "a person's slug; repeatable, every one required (at most "
					+ SearchQuery.MAX_VALUES + ")") @RequestParam(required = false) List<String> person,
			@Parameter(description = "a section's name; repeatable, every one required (at most "
					+ SearchQuery.MAX_VALUES + ")") @RequestParam(required = false) List<String> section,
			@Parameter(description = "a publisher's name; repeatable, every one required (at most "
					+ SearchQuery.MAX_VALUES + ")") @RequestParam(required = false) List<String> publisher,
			HttpServletRequest request) throws InterruptedException {
		// The parameters are declared for the archive and its description; SearchRequests reads them.
		SearchResults results = this.search.answer(request);
		if (results.outcome().status().isError()) {
			throw problem(results);
		}
		return ResponseEntity.ok()
			.headers(results.headers())
			.contentType(MediaType.APPLICATION_JSON)
			.body(SearchJson.of(results, this.links));
	}

	/** Problem JSON, as for the API's other errors; its outcome says which, for a program. */
	private ErrorResponseException problem(SearchResults results) {
		String why = results.why(this.search.limits());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(results.outcome().status(),
				(why != null) ? why : results.outcome().status().getReasonPhrase());
		problem.setProperty("outcome", SearchJson.outcome(results.outcome()));
		ErrorResponseException exception = new ErrorResponseException(results.outcome().status(), problem, null);
		exception.getHeaders().addAll(results.headers());
		return exception;
	}

}
