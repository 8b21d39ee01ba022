package org.newsarchive.schema;

/** What a block of an article body is, as the {@code article_block.kind} column spells it. */
public enum BlockKind {

	PARAGRAPH, SUBHEADING, BULLET, PHOTO;

	/** Whether this block is running text, which ends the key points that open an article. */
	public boolean isText() {
		return this == PARAGRAPH || this == SUBHEADING;
	}

}
