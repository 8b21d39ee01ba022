package org.newsarchive.search;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsarchive.web.Links;
import org.newsarchive.web.PageMeta;
import org.newsarchive.web.PageMetadata;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: the form, and what a query found. */
@Controller
class SearchController {

	private final SearchRequests search;

	private final PageMetadata metadata;

	SearchController(SearchRequests search, PageMetadata metadata) {
		this.search = search;
		this.metadata = metadata;
	}

	/**
	 * The parameters are declared so that the archive knows what the page takes (see
	 * {@code DeclaredParameters}: the facets may come more than once); {@link SearchRequests}
	 * reads them from the request.
	 */
	@GetMapping(Links.SEARCH)
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) List<String> tag,
			@RequestParam(required = false) List<String> person, @RequestParam(required = false) List<String> section,
			@RequestParam(required = false) List<String> publisher, Model model, HttpServletRequest request,
			HttpServletResponse response) throws InterruptedException {
		SearchResults results = this.search.answer(request);
		// Not a 200 unless it is the answer: no cache may keep "try again later" or a refusal.
		response.setStatus(results.outcome().status().value());
		results.headers().forEach((name, values) -> values.forEach((value) -> response.setHeader(name, value)));
		model.addAttribute("results", results);
		model.addAttribute("limits", this.search.limits());
		model.addAttribute("sorts", SearchSort.values());
		model.addAttribute("searchQuery", results.query());
		if (results.outcome().searched()) {
			// The layout links the search's feed: newest first, whatever order the page is read in.
			model.addAttribute("feedUrl", results.request().sorted(SearchSort.NEWEST).feedHref());
		}
		this.metadata.describe(model, PageMeta.of("SearchResultsPage",
				results.query().isEmpty() ? "Search" : "Search: " + results.query(),
				SearchService.DESCRIPTION, Links.SEARCH));
		return "search/search";
	}

}
