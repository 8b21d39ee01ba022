package org.newsarchive.search;

import jakarta.servlet.http.HttpServletResponse;
import org.newsarchive.web.PageMetadata;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: the form, and what a query found. */
@Controller
class SearchController {

	private final SearchService search;

	private final PageMetadata metadata;

	SearchController(SearchService search, PageMetadata metadata) {
		this.search = search;
		this.metadata = metadata;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") String page,
			Model model, HttpServletResponse response) throws InterruptedException {
		SearchResults results = this.search.search(q, pageNumber(page));
		if (results.outcome() == SearchResults.Outcome.UNAVAILABLE) {
			// Not a 200: no cache may keep "try again later" as the answer to this search.
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader(HttpHeaders.RETRY_AFTER, "30");
		}
		model.addAttribute("results", results);
		model.addAttribute("searchQuery", results.query());
		model.addAttribute("jsonLd", this.metadata.page("SearchResultsPage", "Search",
				"Search the archive's headlines, key points, text and captions.", "/search"));
		return "search/search";
	}

	/** A page number; anything else is answered with the first page rather than an error. */
	private static int pageNumber(String page) {
		try {
			return Integer.parseInt(page);
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
