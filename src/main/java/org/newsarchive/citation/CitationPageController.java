package org.newsarchive.citation;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.newsarchive.web.Links;
import org.newsarchive.web.PageMeta;
import org.newsarchive.web.PageMetadata;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page that cites an article, {@code …/cite}, or one of its blocks, {@code …/cite?p=7}:
 * where each paragraph's "Cite" leads, in every style and format.
 */
@Controller
class CitationPageController {

	private final CitationService citations;

	private final CitationStyles styles;

	private final PageMetadata pages;

	CitationPageController(CitationService citations, CitationStyles styles, PageMetadata pages) {
		this.citations = citations;
		this.styles = styles;
		this.pages = pages;
	}

	@GetMapping(Links.ARTICLE + Links.CITE)
	String page(@PathVariable int year, @PathVariable int month, @PathVariable int day, @PathVariable String slug,
			@RequestParam(name = "p", required = false) String p, Model model) {
		int block = BlockParameter.parse(p);
		LocalDate published = date(year, month, day);
		Citation citation = this.citations.find(published, slug, block)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String permalink = Links.article(published, slug);
		model.addAttribute("citation", citation);
		model.addAttribute("articlePath", permalink);
		model.addAttribute("styled", this.styles.format(citation));
		model.addAttribute("downloads", CitationDownloads.of(citation));
		String what = citation.isPinpoint() ? "Paragraph " + block + " of “" + citation.title() + "”" : citation.title();
		PageMeta meta = PageMeta.of("WebPage", "Cite: " + what,
				"How to cite " + what + ", archived by the News Archive: APA, Chicago, MLA and Harvard, BibTeX, CSL-JSON and RIS.",
				Links.cite(published, slug))
			.under(String.valueOf(year), Links.year(year))
			.under(citation.title(), permalink);
		this.pages.describe(model, meta);
		return "citation/cite";
	}

	private static LocalDate date(int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
