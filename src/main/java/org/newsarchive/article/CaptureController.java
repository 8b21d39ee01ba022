package org.newsarchive.article;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.newsarchive.web.Links;
import org.newsarchive.web.PageMeta;
import org.newsarchive.web.PageMetadata;
import org.newsarchive.web.Redirects;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An article's earlier captures: each one's page and source text, and the comparison of two. */
@Controller
class CaptureController {

	private static final MediaType PLAIN_UTF8 = MediaType.parseMediaType("text/plain;charset=UTF-8");

	private final CaptureService captures;

	private final MementoLinks memento;

	private final PageMetadata pages;

	CaptureController(CaptureService captures, MementoLinks memento, PageMetadata pages) {
		this.captures = captures;
		this.memento = memento;
		this.pages = pages;
	}

	@GetMapping(Links.CAPTURE)
	String capture(@PathVariable int year, @PathVariable int month, @PathVariable int day, @PathVariable String slug,
			@PathVariable String timestamp, Model model, HttpServletResponse response) {
		LocalDate published = ArticleController.date(year, month, day);
		CaptureView capture = this.captures.capture(published, slug, timestamp).orElse(null);
		if (capture == null) {
			// The newest capture's timestamp names the article itself.
			String newest = this.captures.timelineAt(published, slug)
				.filter((timeline) -> timeline.last().timestamp().equals(timestamp))
				.map((timeline) -> timeline.last().path())
				.orElseThrow(ArticleController::notFound);
			Redirects.permanent(response, newest, null);
			return null;
		}
		this.memento.describe(response, capture.timeline(), capture.memento());
		model.addAttribute("capture", capture);
		this.pages.describe(model, PageMeta.of("WebPage", capture.headline() + " (captured " + capture.memento().archivedText() + ")",
				"An earlier capture of an archived article, as the archive took it on " + capture.memento().archivedText() + ".",
				capture.path()));
		return "article/capture";
	}

	@GetMapping(Links.CAPTURE + Links.SOURCE)
	ResponseEntity<byte[]> source(@PathVariable int year, @PathVariable int month, @PathVariable int day,
			@PathVariable String slug, @PathVariable String timestamp) {
		ArchivedSource source = this.captures.sourceOf(ArticleController.date(year, month, day), slug, timestamp)
			.orElseThrow(ArticleController::notFound);
		return ResponseEntity.ok().contentType(PLAIN_UTF8).eTag(source.sha256()).body(source.bytes());
	}

	@GetMapping(Links.COMPARE)
	String compare(@PathVariable int year, @PathVariable int month, @PathVariable int day, @PathVariable String slug,
			@PathVariable String from, @PathVariable String to, Model model) {
		Comparison comparison = this.captures.compare(ArticleController.date(year, month, day), slug, from, to)
			.orElseThrow(ArticleController::notFound);
		model.addAttribute("comparison", comparison);
		this.pages.describe(model, PageMeta.of("WebPage", "What changed: " + comparison.after().archivedText() + " against "
				+ comparison.before().archivedText(),
				"Two captures of an archived article compared paragraph by paragraph.",
				Links.compare(comparison.timeline().last().path(), from, to)));
		return "article/compare";
	}


}
