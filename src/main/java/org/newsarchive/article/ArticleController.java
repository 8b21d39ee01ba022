package org.newsarchive.article;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsarchive.citation.Citation;
import org.newsarchive.citation.CitationDownloads;
import org.newsarchive.citation.CitationService;
import org.newsarchive.citation.CitationStyles;
import org.newsarchive.web.Links;
import org.newsarchive.web.PageExpiry;
import org.newsarchive.web.PageMeta;
import org.newsarchive.web.Redirects;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The article page at its permalink, its short link, and its source text. */
@Controller
class ArticleController {

	private static final MediaType PLAIN_UTF8 = MediaType.parseMediaType("text/plain;charset=UTF-8");

	private final ArticleService articles;

	private final ArticleMetadata metadata;

	private final CitationService citations;

	private final CitationStyles styles;

	private final Clock clock;

	private final CaptureService captures;

	private final MementoLinks memento;

	ArticleController(ArticleService articles, ArticleMetadata metadata, CitationService citations,
			CitationStyles styles, Clock clock, CaptureService captures, MementoLinks memento) {
		this.articles = articles;
		this.metadata = metadata;
		this.citations = citations;
		this.styles = styles;
		this.clock = clock;
		this.captures = captures;
		this.memento = memento;
	}

	@GetMapping(Links.ARTICLE)
	String article(@PathVariable int year, @PathVariable int month, @PathVariable int day, @PathVariable String slug,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		LocalDate published = date(year, month, day);
		Optional<ArticleView> found = this.articles.findByPermalink(published, slug);
		if (found.isEmpty()) {
			return elsewhere(published, slug, model, response);
		}
		ArticleView article = found.get();
		Timeline timeline = this.captures.timeline(article);
		// The newest capture of its original URL, as Memento (RFC 7089) says it.
		this.memento.describe(response, timeline, timeline.last());
		model.addAttribute("article", article);
		model.addAttribute("timeline", timeline);
		Citation citation = this.citations.cite(article.cited());
		model.addAttribute("styled", this.styles.format(citation));
		model.addAttribute("downloads", CitationDownloads.of(citation));
		model.addAttribute("metaTags", citation.metaTags());
		ArticleAge age = new ArticleAge(article.published(), LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC));
		model.addAttribute("ageNotice", age.notice());
		// The page says how old the article is: kept, here and downstream, until that changes.
		PageExpiry.at(request, age.nextChange().atStartOfDay(ZoneOffset.UTC).toInstant());
		this.metadata.describe(model, article, age);
		return "article/article";
	}

	@GetMapping(Links.ARTICLE + Links.SOURCE)
	ResponseEntity<byte[]> source(@PathVariable int year, @PathVariable int month, @PathVariable int day,
			@PathVariable String slug) {
		ArchivedSource source = this.articles.sourceOf(date(year, month, day), slug)
			.orElseThrow(ArticleController::notFound);
		return ResponseEntity.ok().contentType(PLAIN_UTF8).eTag(source.sha256()).body(source.bytes());
	}

	@GetMapping(Links.SHORT_LINK)
	ResponseEntity<Void> shortLink(@PathVariable long id) {
		String permalink = this.articles.permalinkOf(id).orElseThrow(ArticleController::notFound);
		return Redirects.permanent(permalink);
	}

	/**
	 * Answers a permalink that holds no article: 301 to where the article lives now if it
	 * moved, 410 with a page that says so if it was withdrawn, else 404.
	 */
	private String elsewhere(LocalDate published, String slug, Model model, HttpServletResponse response) {
		Optional<String> moved = this.articles.movedFrom(published, slug);
		if (moved.isPresent()) {
			Redirects.permanent(response, moved.get(), null);
			return null;
		}
		ArticleService.Withdrawn withdrawn = this.articles.withdrawn(published, slug).orElseThrow(ArticleController::notFound);
		response.setStatus(HttpServletResponse.SC_GONE);
		model.addAttribute("withdrawn", withdrawn);
		model.addAttribute("meta", PageMeta.of("WebPage", "Withdrawn: " + withdrawn.headline(),
				"This article was withdrawn from the News Archive.", Links.article(published, slug)));
		return "article/withdrawn";
	}

	/** The day a permalink names, or 404 for one that is no day (30 February). */
	static LocalDate date(int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			throw notFound();
		}
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
