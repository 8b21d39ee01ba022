package org.newsarchive.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsarchive.citation.BlockParameter;
import org.newsarchive.citation.CitationService;
import org.newsarchive.citation.CitationStyles;
import org.newsarchive.web.Links;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** How to cite an article, or one paragraph of it, as JSON. */
@RestController
@Tag(name = "Articles")
class CitationApiController {

	private final CitationService citations;

	private final CitationStyles styles;

	private final ApiLinks links;

	CitationApiController(CitationService citations, CitationStyles styles, ApiLinks links) {
		this.citations = citations;
		this.styles = styles;
		this.links = links;
	}

	@GetMapping(Links.API_CITATION)
	@Operation(summary = "How to cite an article, or one paragraph of it: APA, Chicago, MLA and Harvard, "
			+ "and where its BibTeX, CSL-JSON and RIS download")
	@ApiResponse(responseCode = "200", description = "The citation")
	@ApiResponse(responseCode = "400", description = "p is not a block's number", content = @Content(
			mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No article has this id, or it has no such block",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<CitationJson> citation(
			@Parameter(description = "the article's short id, as in /a/{id}") @PathVariable long id,
			@Parameter(description = "cite one block alone (a pinpoint citation): its number, as in its anchor #p7",
					schema = @Schema(type = "integer", minimum = "1")) @RequestParam(name = "p",
							required = false) String p) {
		int block = BlockParameter.parse(p);
		return this.citations.findById(id, block)
			.map((citation) -> Json.ok(CitationJson.of(citation, this.styles.format(citation), this.links)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
