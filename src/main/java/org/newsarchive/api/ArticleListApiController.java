package org.newsarchive.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsarchive.browse.CardLists;
import org.newsarchive.browse.CardPage;
import org.newsarchive.web.Links;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Every article of the archive as JSON, newest first, paged by the cursors the pages use. */
@RestController
@Tag(name = "Articles")
class ArticleListApiController {

	private final CardLists cards;

	private final ApiLinks links;

	ArticleListApiController(CardLists cards, ApiLinks links) {
		this.cards = cards;
		this.links = links;
	}

	@GetMapping(Links.API_ARTICLES)
	@Operation(summary = "Every article, newest first, a page at a time",
			description = "Paged as the archive's lists are, by cursor (yyyy-mm-dd.id): next and previous link the "
					+ "pages around this one, and a client that follows next from the first page reads every "
					+ "article once.")
	@ApiResponse(responseCode = "200", description = "A page of articles")
	@ApiResponse(responseCode = "400", description = "A malformed cursor", content = @Content(
			mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No articles past the cursor", content = @Content(
			mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<ArticleListJson> articles(
			@Parameter(description = "articles older than this cursor") @RequestParam(required = false) String before,
			@Parameter(description = "articles newer than this cursor") @RequestParam(required = false) String after) {
		CardPage.Paging paging = CardPage.Paging.of(before, after);
		CardPage page = this.cards.all(paging);
		if (page.isEmpty() && !paging.first()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return Json.ok(ArticleListJson.of(page, this.links));
	}

}
