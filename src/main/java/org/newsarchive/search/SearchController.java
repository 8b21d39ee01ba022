package org.newsarchive.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsarchive.web.PageMetadata;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: the form, and what a query found. */
@Controller
class SearchController {

	private final SearchService search;

	private final SearchTurns turns;

	private final PageMetadata metadata;

	SearchController(SearchService search, SearchTurns turns, PageMetadata metadata) {
		this.search = search;
		this.turns = turns;
		this.metadata = metadata;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") String page,
			Model model, HttpServletRequest request, HttpServletResponse response) throws InterruptedException {
		SearchResults results = this.turns.held(request) ? this.search.search(q, pageNumber(page))
				: SearchResults.busy(q);
		// Not a 200 unless it is the answer: no cache may keep "try again later" or a refusal.
		response.setStatus(results.outcome().status().value());
		results.headers().forEach((name, values) -> values.forEach((value) -> response.setHeader(name, value)));
		model.addAttribute("results", results);
		model.addAttribute("limits", this.search.limits());
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
