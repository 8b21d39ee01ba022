package org.newsarchive.citation;

import java.time.LocalDate;

import org.newsarchive.schema.CaptureDate;
import org.newsarchive.web.Links;

/**
 * The facts of an article a citation needs, and no more.
 *
 * @param archived when the archive took the text
 * @param blocks how many blocks its body has: a pinpoint citation names one of them
 */
public record CitedArticle(long id, String slug, String headline, String publisher, LocalDate published,
		String section, String originalUrl, String sourceSha256, CaptureDate archived, int blocks) {

	/** The facts as a query reads them, the capture date as the import wrote it. */
	public CitedArticle(long id, String slug, String headline, String publisher, LocalDate published, String section,
			String originalUrl, String sourceSha256, String archived, int blocks) {
		this(id, slug, headline, publisher, published, section, originalUrl, sourceSha256,
				(archived != null) ? CaptureDate.parse(archived) : null, blocks);
	}

	String permalink() {
		return Links.article(this.published, this.slug);
	}

	/** Whether the body has a block with this number: {@code #p1} to {@code #p}{@link #blocks}. */
	boolean hasBlock(int block) {
		return block >= 1 && block <= this.blocks;
	}

}
