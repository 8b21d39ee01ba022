package org.newsarchive.citation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;
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
				citation.section(), citation.url(),
				new Issued(List.of(List.of(citation.published().getYear(), citation.published().getMonthValue(),
						citation.published().getDayOfMonth()))),
				citation.note());
	}

	/**
	 * The item as the CSL processor takes it: what the styles print. The note, which the
	 * four styles would print as it is, stays out.
	 */
	CSLItemData data() {
		List<Integer> day = this.issued.dateParts().get(0);
		CSLItemDataBuilder data = new CSLItemDataBuilder().id(this.id)
			.type(CSLType.ARTICLE_NEWSPAPER)
			.title(this.title)
			.containerTitle(this.containerTitle)
			.URL(this.url)
			.issued(day.get(0), day.get(1), day.get(2));
		if (this.section != null) {
			data.section(this.section);
		}
		return data.build();
	}

	/** A CSL date: {@code [[year, month, day]]}. */
	record Issued(@JsonProperty("date-parts") List<List<Integer>> dateParts) {
	}

}
