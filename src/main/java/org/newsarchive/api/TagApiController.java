package org.newsarchive.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsarchive.tag.TagService;
import org.newsarchive.web.Links;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A tag and its articles as JSON, paged as the tag's page is. */
@RestController
@Tag(name = "Tags")
class TagApiController {

	private final TagService tags;

	private final ApiLinks links;

	TagApiController(TagService tags, ApiLinks links) {
		this.tags = tags;
		this.links = links;
	}

	@GetMapping(Links.API_TAG)
	@Operation(summary = "A tag and one page of its articles, newest first",
			description = "Paged as the tag's page is, by cursor (yyyy-mm-dd.id): next and previous link the pages "
					+ "around this one.")
	@ApiResponse(responseCode = "200", description = "The tag and a page of its articles")
	@ApiResponse(responseCode = "400", description = "A malformed cursor", content = @Content(
			mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such tag, or no articles past the cursor", content = @Content(
			mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<TagJson> tag(@Parameter(description = "as in /tags/{slug}") @PathVariable String slug,
			@Parameter(description = "articles older than this cursor") @RequestParam(required = false) String before,
			@Parameter(description = "articles newer than this cursor") @RequestParam(required = false) String after) {
		return Json.ok(TagJson.of(this.tags.page(slug, before, after), this.links));
	}

}
