package org.newsarchive.person;

import org.newsarchive.browse.CoverageService;
import org.newsarchive.web.Links;
import org.newsarchive.web.PageMeta;
import org.newsarchive.web.PageMetadata;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

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

	@GetMapping(Links.PEOPLE)
	String people(Model model) {
		model.addAttribute("people", this.people.all());
		this.metadata.describe(model, PageMeta.of("CollectionPage", "People",
				"Everyone the News Archive knows, with the number of articles that name them.", Links.PEOPLE));
		return "person/people";
	}

	@GetMapping(Links.PERSON)
	String person(@PathVariable String slug, @RequestParam(required = false) String before,
			@RequestParam(required = false) String after, Model model) {
		PersonPage page = this.people.page(slug, before, after);
		PersonView person = page.person();
		model.addAttribute("person", person);
		model.addAttribute("articles", page.articles());
		model.addAttribute("photos", page.photos());
		model.addAttribute("quotes", page.quotes());
		model.addAttribute("chart", this.coverage.ofPerson(slug));
		model.addAttribute("feedUrl", Links.feedOf(person.url()));
		this.metadata.describeProfile(model, PageMeta.of("ProfilePage", person.name(),
				person.name() + ", " + person.role() + ": archived articles, photos and quotes.", person.url())
			.under("People", Links.PEOPLE), person.name(), person.role());
		return "person/person";
	}

}
