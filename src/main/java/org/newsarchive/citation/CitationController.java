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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * An article's citation, beside its permalink: {@code cite.bib}, {@code cite.json} and
 * {@code cite.ris}. Each takes {@code ?p=7} to cite the article's 7th block alone.
 */
@Controller
class CitationController {

	static final MediaType BIBTEX = MediaType.parseMediaType("application/x-bibtex;charset=UTF-8");

	static final MediaType CSL_JSON = MediaType.parseMediaType("application/vnd.citationstyles.csl+json");

	static final MediaType RIS = MediaType.parseMediaType("application/x-research-info-systems;charset=UTF-8");

	private final CitationService citations;

	CitationController(CitationService citations) {
		this.citations = citations;
	}

	@GetMapping(Links.ARTICLE + Links.BIBTEX)
	ResponseEntity<String> bibtex(@PathVariable int year, @PathVariable int month, @PathVariable int day,
			@PathVariable String slug, @RequestParam(name = "p", required = false) String p) {
		Citation citation = find(year, month, day, slug, p);
		return ResponseEntity.ok()
			.contentType(BIBTEX)
			.header(HttpHeaders.CONTENT_DISPOSITION, inline(fileName(slug, citation, ".bib")))
			.body(citation.bibtex());
	}

	/** CSL-JSON is an array of items, here of one. */
	@GetMapping(Links.ARTICLE + Links.CSL_JSON)
	ResponseEntity<List<CslItem>> cslJson(@PathVariable int year, @PathVariable int month, @PathVariable int day,
			@PathVariable String slug, @RequestParam(name = "p", required = false) String p) {
		Citation citation = find(year, month, day, slug, p);
		return ResponseEntity.ok()
			.contentType(CSL_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, inline(fileName(slug, citation, ".json")))
			.body(List.of(CslItem.of(citation)));
	}

	@GetMapping(Links.ARTICLE + Links.RIS)
	ResponseEntity<String> ris(@PathVariable int year, @PathVariable int month, @PathVariable int day,
			@PathVariable String slug, @RequestParam(name = "p", required = false) String p) {
		Citation citation = find(year, month, day, slug, p);
		return ResponseEntity.ok()
			.contentType(RIS)
			.header(HttpHeaders.CONTENT_DISPOSITION, inline(fileName(slug, citation, ".ris")))
			.body(citation.ris());
	}

	/** The citation asked for: 404 for no such article or block, 400 for a malformed {@code p}. */
	private Citation find(int year, int month, int day, String slug, String p) {
		int block = BlockParameter.parse(p);
		try {
			return this.citations.find(LocalDate.of(year, month, day), slug, block)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (DateTimeException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	/** The article's slug, and the block's anchor for a pinpoint: two downloads never share a name. */
	private static String fileName(String slug, Citation citation, String extension) {
		return slug + (citation.isPinpoint() ? "-p" + citation.block() : "") + extension;
	}

	/** Shown in the browser, and saved under the article's name. */
	private static String inline(String fileName) {
		return ContentDisposition.inline().filename(fileName).build().toString();
	}

}
