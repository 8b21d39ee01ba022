package org.newsarchive.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsarchive.article.ArticleService;
import org.newsarchive.article.CaptureService;
import org.newsarchive.web.Links;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** An article as JSON. */
@RestController
@Tag(name = "Articles")
class ArticleApiController {

	private final ArticleService articles;

	private final CaptureService captures;

	private final ApiLinks links;

	ArticleApiController(ArticleService articles, CaptureService captures, ApiLinks links) {
		this.articles = articles;
		this.captures = captures;
		this.links = links;
	}

	@GetMapping(Links.API_ARTICLE)
	@Operation(summary = "An article: its facts, capture date and captures, tags, people, key points and every block of its body")
	@ApiResponse(responseCode = "200", description = "The article")
	@ApiResponse(responseCode = "404", description = "No article has this id", content = @Content(
			mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<ArticleJson> article(
			@Parameter(description = "the article's short id, as in /a/{id}") @PathVariable long id) {
		return this.articles.findById(id)
			.map((article) -> Json.ok(ArticleJson.of(article, this.captures.timeline(article), this.links)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
