package org.newsarchive.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: the form, and what a query found. */
@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") String page,
			Model model) throws InterruptedException {
		SearchResults results = this.search.search(q, pageNumber(page));
		model.addAttribute("results", results);
		model.addAttribute("searchQuery", results.query());
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
