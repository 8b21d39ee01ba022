package org.newsarchive.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsarchive.article.CaptureService;
import org.newsarchive.article.Timeline;
import org.newsarchive.memento.Lookups;
import org.newsarchive.web.Links;
import org.newsarchive.web.Redirects;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The captures of an original URL as JSON, however the URL is spelt. */
@RestController
@Tag(name = "Captures")
class LookupApiController {

	private final CaptureService captures;

	private final ApiLinks links;

	LookupApiController(CaptureService captures, ApiLinks links) {
		this.captures = captures;
		this.links = links;
	}

	@GetMapping(Links.API_LOOKUP)
	@Operation(summary = "Every capture the archive took of an original URL, oldest first",
			description = "The URL may be spelt any way web archives take as the same: with or without www., http or "
					+ "https, a trailing slash, a fragment or tracking parameters (utm_*, fbclid, gclid, ...). Another "
					+ "spelling than the archive's answers 301 to the same lookup under the archive's.")
	@ApiResponse(responseCode = "200", description = "The captures")
	@ApiResponse(responseCode = "301", description = "The same lookup, under the original URL as the archive spells it")
	@ApiResponse(responseCode = "400", description = "No URL, or one that is not http(s)", content = @Content(
			mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "The archive holds no capture of the URL", content = @Content(
			mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<LookupJson> lookup(
			@Parameter(description = "the original URL, as published or spelt otherwise") @RequestParam(required = false) String url) {
		Timeline timeline = Lookups.find(this.captures, url)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!timeline.originalUrl().equals(url)) {
			return Redirects.permanent(Links.API_LOOKUP + "?url="
					+ URLEncoder.encode(timeline.originalUrl(), StandardCharsets.UTF_8));
		}
		return Json.ok(LookupJson.of(timeline, this.links));
	}

	/**
	 * The captures of an original URL.
	 *
	 * @param originalUrl the original URL, as the newest capture's metadata gives it
	 * @param timegate its Memento TimeGate
	 * @param timemap its Memento TimeMap, in link format
	 * @param captures every capture, oldest first; the last is the article at its permalink
	 */
	@Schema(name = "Lookup")
	record LookupJson(String originalUrl, String timegate, String timemap, List<CaptureJson> captures) {

		static LookupJson of(Timeline timeline, ApiLinks links) {
			return new LookupJson(timeline.originalUrl(), links.absolute(Links.timegate(timeline.originalUrl())),
					links.absolute(Links.timemapLink(timeline.originalUrl())), CaptureJson.of(timeline, links));
		}

	}

}
