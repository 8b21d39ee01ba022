package org.newsarchive.citation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import org.newsarchive.web.Links;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** An article's citation, beside its permalink: {@code cite.bib} and {@code cite.json}. */
@Controller
class CitationController {

	static final MediaType BIBTEX = MediaType.parseMediaType("application/x-bibtex;charset=UTF-8");

	static final MediaType CSL_JSON = MediaType.parseMediaType("application/vnd.citationstyles.csl+json");

	private final CitationService citations;

	CitationController(CitationService citations) {
		this.citations = citations;
	}

	@GetMapping(Links.ARTICLE + Links.BIBTEX)
	ResponseEntity<String> bibtex(@PathVariable int year, @PathVariable int month, @PathVariable int day,
			@PathVariable String slug) {
		Citation citation = find(year, month, day, slug);
		return ResponseEntity.ok()
			.contentType(BIBTEX)
			.header(HttpHeaders.CONTENT_DISPOSITION, inline(slug + ".bib"))
			.body(citation.bibtex());
	}

	/** CSL-JSON is an array of items, here of one. */
	@GetMapping(Links.ARTICLE + Links.CSL_JSON)
	ResponseEntity<List<CslItem>> cslJson(@PathVariable int year, @PathVariable int month, @PathVariable int day,
			@PathVariable String slug) {
		Citation citation = find(year, month, day, slug);
		return ResponseEntity.ok()
			.contentType(CSL_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, inline(slug + ".json"))
			.body(List.of(CslItem.of(citation)));
	}

	private Citation find(int year, int month, int day, String slug) {
		try {
			return this.citations.find(LocalDate.of(year, month, day), slug)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (DateTimeException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	/** Shown in the browser, and saved under the article's name. */
	private static String inline(String fileName) {
		return ContentDisposition.inline().filename(fileName).build().toString();
	}

}
