package org.newsarchive.article;

import java.time.DateTimeException;
import java.time.LocalDate;

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

	private static final String PERMALINK = "/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug:[a-z0-9-]{1,200}}";

	private static final MediaType PLAIN_UTF8 = MediaType.parseMediaType("text/plain;charset=UTF-8");

	private final ArticleService articles;

	ArticleController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping(PERMALINK)
	String article(@PathVariable int year, @PathVariable int month, @PathVariable int day, @PathVariable String slug,
			Model model) {
		model.addAttribute("article", find(year, month, day, slug));
		return "article/article";
	}

	@GetMapping(PERMALINK + "/source.txt")
	ResponseEntity<byte[]> source(@PathVariable int year, @PathVariable int month, @PathVariable int day,
			@PathVariable String slug) {
		ArticleView article = find(year, month, day, slug);
		byte[] bytes = this.articles.sourceOf(article.id()).orElseThrow(ArticleController::notFound);
		return ResponseEntity.ok().contentType(PLAIN_UTF8).eTag(article.sourceSha256()).body(bytes);
	}

	@GetMapping("/a/{id:\\d{1,18}}")
	ResponseEntity<Void> shortLink(@PathVariable long id) {
		String permalink = this.articles.permalinkOf(id).orElseThrow(ArticleController::notFound);
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header("Location", permalink).build();
	}

	private ArticleView find(int year, int month, int day, String slug) {
		try {
			return this.articles.findByPermalink(LocalDate.of(year, month, day), slug)
				.orElseThrow(ArticleController::notFound);
		}
		catch (DateTimeException ex) {
			throw notFound();
		}
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
