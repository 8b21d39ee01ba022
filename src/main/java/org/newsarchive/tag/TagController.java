package org.newsarchive.tag;

import org.newsarchive.browse.CoverageService;
import org.newsarchive.web.Links;
import org.newsarchive.web.PageMeta;
import org.newsarchive.web.PageMetadata;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

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

	@GetMapping(Links.TAGS)
	String tags(Model model) {
		model.addAttribute("tags", this.tags.all());
		this.metadata.describe(model, PageMeta.of("CollectionPage", "Tags",
				"Every tag of the News Archive, with its number of articles.", Links.TAGS));
		return "tag/tags";
	}

	@GetMapping(Links.TAG)
	String tag(@PathVariable String slug, @RequestParam(required = false) String before,
			@RequestParam(required = false) String after, Model model) {
		TagPage page = this.tags.page(slug, before, after);
		TagView tag = page.tag();
		model.addAttribute("tag", tag);
		model.addAttribute("page", page.articles());
		model.addAttribute("chart", this.coverage.ofTag(slug));
		model.addAttribute("feedUrl", Links.feedOf(tag.url()));
		this.metadata.describe(model, PageMeta.of("CollectionPage", tag.name(),
				"Archived articles tagged " + tag.name() + ", newest first.", tag.url()).under("Tags", Links.TAGS));
		return "tag/tag";
	}

}
