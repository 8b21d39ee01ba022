package org.newsarchive.home;

import org.newsarchive.browse.CardLists;
import org.newsarchive.browse.CoverageService;
import org.newsarchive.person.PersonService;
import org.newsarchive.tag.TagService;
import org.newsarchive.web.Links;
import org.newsarchive.web.PageMeta;
import org.newsarchive.web.PageMetadata;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: the latest articles, the main tags, the people most in the news. */
@Controller
class FrontPageController {

	static final int LATEST = 20;

	static final int TAGS = 12;

	static final int PEOPLE = 10;

	private final CardLists articles;

	private final TagService tags;

	private final PersonService people;

	private final CoverageService coverage;

	private final PageMetadata metadata;

	FrontPageController(CardLists articles, TagService tags, PersonService people, CoverageService coverage,
			PageMetadata metadata) {
		this.articles = articles;
		this.tags = tags;
		this.people = people;
		this.coverage = coverage;
		this.metadata = metadata;
	}

	@GetMapping(Links.HOME)
	String frontPage(Model model) {
		model.addAttribute("latest", this.articles.latest(LATEST));
		model.addAttribute("tags", this.tags.largest(TAGS));
		model.addAttribute("people", this.people.mostInTheNews(PEOPLE));
		model.addAttribute("years", this.coverage.years());
		this.metadata.describe(model, PageMeta.of("WebPage", "Front page",
				"Archived news articles, faithful to their sources, at permalinks that never break.", Links.HOME));
		return "home/front";
	}

}
