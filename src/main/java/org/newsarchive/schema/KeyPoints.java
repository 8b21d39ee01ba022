package org.newsarchive.schema;

/**
 * The key-point rule: the bullets that open an article, before its first paragraph or
 * subheading, are its key points (a lead photo may stand among them); later bullets
 * are a list in the text. Fed the body's blocks in order, it answers for each one.
 */
public final class KeyPoints {

	private boolean beforeText = true;

	/** Whether the next block of the body, of this kind, is a key point. */
	public boolean isKeyPoint(BlockKind kind) {
		this.beforeText &= !kind.isText();
		return this.beforeText && kind == BlockKind.BULLET;
	}

}
