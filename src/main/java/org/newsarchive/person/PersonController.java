package org.newsarchive.person;

import java.util.List;

import org.newsarchive.article.CardPage;
import org.newsarchive.article.CoverageService;
import org.newsarchive.web.PageMetadata;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Everyone the archive knows, and one person's page. */
@Controller
class PersonController {

	private final PersonService people;

	private final CoverageService coverage;

	private final PageMetadata metadata;

	PersonController(PersonService people, CoverageService coverage, PageMetadata metadata) {
		this.people = people;
		this.coverage = coverage;
		this.metadata = metadata;
	}

	@GetMapping("/people")
	String people(Model model) {
		model.addAttribute("people", this.people.all());
		model.addAttribute("jsonLd",
				this.metadata.page("CollectionPage", "People", "Everyone the archive knows.", "/people"));
		return "person/people";
	}

	@GetMapping("/people/{slug:[a-z0-9-]{1,200}}")
	String person(@PathVariable String slug, @RequestParam(required = false) String before,
			@RequestParam(required = false) String after, Model model) {
		PersonService.PersonView person = this.people.find(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		PersonService.MentioningPage articles = this.people.articles(slug, CardPage.Paging.of(before, after));
		if (articles.page().isEmpty() && (before != null || after != null)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		boolean firstPage = before == null && after == null;
		model.addAttribute("person", person);
		model.addAttribute("articles", articles);
		model.addAttribute("photos", firstPage ? this.people.photos(slug) : List.of());
		model.addAttribute("quotes", firstPage ? this.people.quotes(slug) : List.of());
		model.addAttribute("chart", this.coverage.ofPerson(slug));
		model.addAttribute("feedUrl", person.url() + "/feed.xml");
		model.addAttribute("jsonLd",
				this.metadata.profile(person.name(), person.role(), person.url(), "People", "/people"));
		return "person/person";
	}

}
