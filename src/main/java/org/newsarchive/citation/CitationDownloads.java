package org.newsarchive.citation;

import org.newsarchive.web.Links;

/**
 * Where a citation downloads in each format, beside the permalink, with {@code ?p=} for a
 * pinpoint; and the page that shows it.
 */
public record CitationDownloads(String bibtex, String cslJson, String ris, String page) {

	/** The downloads of a citation, as paths. */
	public static CitationDownloads of(Citation citation) {
		String permalink = citation.path();
		String query = citation.isPinpoint() ? "?p=" + citation.block() : "";
		return new CitationDownloads(permalink + Links.BIBTEX + query, permalink + Links.CSL_JSON + query,
				permalink + Links.RIS + query, permalink + Links.CITE + query);
	}

}
