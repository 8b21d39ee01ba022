package org.newsarchive.citation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A citation as a CSL-JSON item, the input of citeproc, Zotero and pandoc. The URL is
 * the archive's copy; the original's address and the source's SHA-256 are in the note.
 *
 * @param section the newspaper's section, left out when unknown
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CslItem(String id, String type, String title, @JsonProperty("container-title") String containerTitle,
		String section, @JsonProperty("URL") String url, Issued issued, String note) {

	static CslItem of(Citation citation) {
		return new CslItem(citation.key(), "article-newspaper", citation.title(), citation.publisher(),
				citation.section(), citation.permalink(),
				new Issued(List.of(List.of(citation.published().getYear(), citation.published().getMonthValue(),
						citation.published().getDayOfMonth()))),
				"Originally published at " + citation.originalUrl() + ". Source SHA-256: "
						+ citation.sourceSha256() + ".");
	}

	/** A CSL date: {@code [[year, month, day]]}. */
	record Issued(@JsonProperty("date-parts") List<List<Integer>> dateParts) {
	}

}
