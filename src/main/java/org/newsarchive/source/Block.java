package org.newsarchive.source;

import org.newsarchive.schema.BlockKind;

/**
 * One block of an article body, in source order. {@code number} is the block's
 * 1-based position in the article (its permalink anchor {@code p{number}}), and
 * {@code line} the source line it came from (the first line, for a photo).
 */
public sealed interface Block {

	int number();

	int line();

	BlockKind kind();

	/** The block's text: for a photo, its caption. */
	String text();

	/** A paragraph of running text. */
	record Paragraph(int number, int line, String text) implements Block {

		@Override
		public BlockKind kind() {
			return BlockKind.PARAGRAPH;
		}

	}

	/** A heading that splits the body into sections. */
	record Subheading(int number, int line, String text) implements Block {

		@Override
		public BlockKind kind() {
			return BlockKind.SUBHEADING;
		}

	}

	/** A bullet point; consecutive bullets form one list. */
	record Bullet(int number, int line, String text) implements Block {

		@Override
		public BlockKind kind() {
			return BlockKind.BULLET;
		}

	}

	/**
	 * A photo as the scrape records it: a label line naming what it shows, a credit
	 * line and a caption.
	 */
	record Photo(int number, int line, String label, String credit, String caption) implements Block {

		@Override
		public BlockKind kind() {
			return BlockKind.PHOTO;
		}

		@Override
		public String text() {
			return this.caption;
		}

	}

}
