package org.newsarchive.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.newsarchive.citation.Citation;
import org.newsarchive.citation.CitationDownloads;
import org.newsarchive.citation.StyledCitation;

/**
 * How to cite an article, or one block of it, as its page shows it.
 *
 * @param paragraph the block cited ({@code #p7}: 7), or null for the whole article
 * @param url what is cited: the permalink, with the block's anchor for a pinpoint
 * @param styles the citation in each style, as a CSL processor formats it
 * @param downloads the citation in each format a reference manager imports
 */
@Schema(name = "Citation")
record CitationJson(long article, Integer paragraph, String url, String publisher, String originalUrl,
		List<Style> styles, Downloads downloads) {

	static CitationJson of(Citation citation, List<StyledCitation> styled, ApiLinks links) {
		CitationDownloads files = CitationDownloads.of(citation);
		return new CitationJson(citation.id(), citation.isPinpoint() ? citation.block() : null, citation.url(),
				citation.publisher(), citation.originalUrl(),
				styled.stream()
					.map((cite) -> new Style(cite.style().key(), cite.style().label(), cite.reference(), cite.inText()))
					.toList(),
				new Downloads(links.absolute(files.bibtex()), links.absolute(files.cslJson()),
						links.absolute(files.ris()), links.absolute(files.page())));
	}

	/**
	 * @param style {@code apa}, {@code chicago}, {@code mla} or {@code harvard}
	 * @param reference the entry of a reference list, as plain text
	 * @param inText how the text cites it (in a note, for Chicago)
	 */
	record Style(@Schema(allowableValues = { "apa", "chicago", "mla", "harvard" }) String style, String name,
			String reference, String inText) {
	}

	/** @param page the page that shows the citation, for readers */
	record Downloads(String bibtex, String cslJson, String ris, String page) {
	}

}
