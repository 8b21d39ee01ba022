package org.newsarchive.source;

/**
 * One block of an article body, in source order. {@code number} is the block's
 * 1-based position in the article (its permalink anchor {@code p{number}}), and
 * {@code line} the source line it came from (the first line, for a photo).
 */
public sealed interface Block {

	int number();

	int line();

	/** A paragraph of running text. */
	record Paragraph(int number, int line, String text) implements Block {
	}

	/** A heading that splits the body into sections. */
	record Subheading(int number, int line, String text) implements Block {
	}

	/** A bullet point; consecutive bullets form one list. */
	record Bullet(int number, int line, String text) implements Block {
	}

	/**
	 * A photo as the scrape records it: a label line naming what it shows, a credit
	 * line and a caption.
	 */
	record Photo(int number, int line, String label, String credit, String caption) implements Block {
	}

}
