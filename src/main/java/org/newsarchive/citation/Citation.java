package org.newsarchive.citation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.newsarchive.web.MetaTag;

/**
 * How to cite an archived article, or one block of it: in BibTeX, CSL-JSON and RIS here,
 * in the four styles by {@link CitationStyles}. The archive's copy is what is cited (its
 * permalink never breaks), with the original's publisher and address, and the SHA-256 of
 * the source text, which lets a reader check that the copy is the one cited. No author:
 * the archived texts name none.
 *
 * @param id the article's short id
 * @param title the headline
 * @param publisher the publication that first published it
 * @param section the publication's section, or null
 * @param originalUrl where it was first published
 * @param permalink the absolute permalink of the archive's copy
 * @param sourceSha256 the SHA-256 of the source text, in hex
 * @param archived the day the archive took the text from the original, or null when unknown
 * @param block the block cited ({@code #p7}: 7), or 0 for the whole article
 */
public record Citation(long id, String title, String publisher, LocalDate published, String section,
		String originalUrl, String permalink, String sourceSha256, LocalDate archived, int block) {

	/** The archive, as citations name it. */
	static final String ARCHIVE = "News Archive";

	private static final DateTimeFormatter ARCHIVED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	/** A citation of the whole article. */
	public Citation(long id, String title, String publisher, LocalDate published, String section, String originalUrl,
			String permalink, String sourceSha256) {
		this(id, title, publisher, published, section, originalUrl, permalink, sourceSha256, null, 0);
	}

	/** The citation of one block of the article: a pinpoint citation. */
	public Citation ofBlock(int block) {
		return new Citation(this.id, this.title, this.publisher, this.published, this.section, this.originalUrl,
				this.permalink, this.sourceSha256, this.archived, block);
	}

	/** Whether it cites one block rather than the whole article. */
	public boolean isPinpoint() {
		return this.block > 0;
	}

	/** What is cited: the permalink, with the block's anchor for a pinpoint citation. */
	public String url() {
		return isPinpoint() ? this.permalink + "#p" + this.block : this.permalink;
	}

	/** The permalink's path, for the archive's own links. */
	public String path() {
		return java.net.URI.create(this.permalink).getRawPath();
	}

	/** The key a bibliography knows it by, in every format: a pinpoint has its own. */
	public String key() {
		return "newsarchive-" + this.id + (isPinpoint() ? "-p" + this.block : "");
	}

	/** The citation as a BibTeX {@code @online} entry, for BibTeX and biblatex alike. */
	public String bibtex() {
		return BibTeX.entry(this);
	}

	/** The citation as a RIS record. */
	public String ris() {
		return Ris.record(this);
	}

	/** The tags of the article page's head that reference managers read. */
	public List<MetaTag> metaTags() {
		return CitationMetaTags.of(this);
	}

	/** Where the copy came from, and when the archive took it, as the formats without a field for it note it. */
	String note() {
		return (isPinpoint() ? "Paragraph " + this.block + ". " : "") + "Originally published at " + this.originalUrl
				+ "." + ((this.archived != null) ? " Archived on " + ARCHIVED.format(this.archived) + "." : "")
				+ " Source SHA-256: " + this.sourceSha256 + ".";
	}

}
