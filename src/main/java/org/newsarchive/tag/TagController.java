package org.newsarchive.tag;

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

/** All tags, and one tag's articles. */
@Controller
class TagController {

	private final TagService tags;

	private final CoverageService coverage;

	private final PageMetadata metadata;

	TagController(TagService tags, CoverageService coverage, PageMetadata metadata) {
		this.tags = tags;
		this.coverage = coverage;
		this.metadata = metadata;
	}

	@GetMapping("/tags")
	String tags(Model model) {
		model.addAttribute("tags", this.tags.all());
		model.addAttribute("jsonLd", this.metadata.page("CollectionPage", "Tags", "Every tag of the archive.", "/tags"));
		return "tag/tags";
	}

	@GetMapping("/tags/{slug:[a-z0-9-]{1,200}}")
	String tag(@PathVariable String slug, @RequestParam(required = false) String before,
			@RequestParam(required = false) String after, Model model) {
		TagService.TagView tag = this.tags.find(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		CardPage page = this.tags.articles(slug, CardPage.Paging.of(before, after));
		if (page.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("tag", tag);
		model.addAttribute("page", page);
		model.addAttribute("chart", this.coverage.ofTag(slug));
		model.addAttribute("feedUrl", tag.url() + "/feed.xml");
		model.addAttribute("jsonLd", this.metadata.page("CollectionPage", tag.name(),
				"Archived articles tagged " + tag.name() + ".", tag.url(), "Tags", "/tags"));
		return "tag/tag";
	}

}
