package org.newsarchive.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsarchive.search.SearchService;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The full-text search as JSON. */
@RestController
@Tag(name = "Search")
class SearchApiController {

	private final SearchService search;

	private final ApiLinks links;

	SearchApiController(SearchService search, ApiLinks links) {
		this.search = search;
		this.links = links;
	}

	@GetMapping("/api/search")
	@Operation(summary = "Full-text search, ten hits a page, best first",
			description = "The outcome says whether it searched, or why not (no query, too long, no words, too "
					+ "broad, index still building); next and previous link the pages around this one.")
	ResponseEntity<SearchJson> search(
			@Parameter(description = "all words required; \"a phrase\", -excluded, prefix*")
			@RequestParam(required = false) String q,
			@Parameter(description = "the page, from 1") @RequestParam(defaultValue = "1") String page)
			throws InterruptedException {
		return Json.ok(SearchJson.of(this.search.search(q, pageNumber(page)), this.links));
	}

	/** A page number; anything else is answered with the first page, as the search page does. */
	private static int pageNumber(String page) {
		try {
			return Integer.parseInt(page);
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
