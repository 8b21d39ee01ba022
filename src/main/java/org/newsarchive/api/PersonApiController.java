package org.newsarchive.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsarchive.person.PersonService;
import org.newsarchive.web.Links;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A person and their articles as JSON, paged as the person's page is. */
@RestController
@Tag(name = "People")
class PersonApiController {

	private final PersonService people;

	private final ApiLinks links;

	PersonApiController(PersonService people, ApiLinks links) {
		this.people = people;
		this.links = links;
	}

	@GetMapping(Links.API_PERSON)
	@Operation(summary = "A person, their quotes and photos, and one page of their articles, newest first",
			description = "Paged as the person's page is, by cursor (yyyy-mm-dd.id): next and previous link the "
					+ "pages around this one. Quotes and photos come with the first page.")
	@ApiResponse(responseCode = "200", description = "The person and a page of their articles")
	@ApiResponse(responseCode = "400", description = "A malformed cursor", content = @Content(
			mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such person, or no articles past the cursor",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<PersonJson> person(@Parameter(description = "as in /people/{slug}") @PathVariable String slug,
			@Parameter(description = "articles older than this cursor") @RequestParam(required = false) String before,
			@Parameter(description = "articles newer than this cursor") @RequestParam(required = false) String after) {
		return Json.ok(PersonJson.of(this.people.page(slug, before, after), this.links));
	}

}
