package org.newsarchive.citation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How to cite an archived article: as plain text, BibTeX or CSL-JSON. The archive's copy
 * is what is cited (its permalink never breaks), with the original's address and the
 * SHA-256 of the source text, which lets a reader check that the copy is the one cited.
 * No author: the archived texts name none.
 *
 * @param id the article's short id
 * @param title the headline
 * @param publisher the publication that first published it
 * @param section the publication's section, or null
 * @param originalUrl where it was first published
 * @param permalink the absolute permalink of the archive's copy
 * @param sourceSha256 the SHA-256 of the source text, in hex
 */
public record Citation(long id, String title, String publisher, LocalDate published, String section,
		String originalUrl, String permalink, String sourceSha256) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	/**
	 * The citation as a reader copies it: {@code "Headline." Publisher, 13 December 2017.
	 * Originally published at <url>. Archived at <permalink>. Source SHA-256: <hex>.}
	 */
	public String text() {
		return "\"" + sentence(this.title) + "\" " + this.publisher + ", " + DATE.format(this.published)
				+ ". Originally published at " + this.originalUrl + ". Archived at " + this.permalink
				+ ". Source SHA-256: " + this.sourceSha256 + ".";
	}

	/** The citation as a BibTeX {@code @online} entry, for BibTeX and biblatex alike. */
	public String bibtex() {
		return BibTeX.entry(this);
	}

	/** The key a bibliography knows the article by, in BibTeX and CSL-JSON alike. */
	public String key() {
		return "newsarchive-" + this.id;
	}

	/** A headline ends a sentence in the citation: with its own mark, or a full stop. */
	private static String sentence(String headline) {
		return headline.endsWith(".") || headline.endsWith("?") || headline.endsWith("!") ? headline : headline + ".";
	}

}
