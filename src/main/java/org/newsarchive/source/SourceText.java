package org.newsarchive.source;

import java.util.List;

/**
 * What the parser makes of a scraped source: the headline and the body blocks in
 * source order.
 */
public record SourceText(String headline, List<Block> blocks) {

	public SourceText {
		blocks = List.copyOf(blocks);
	}

	/**
	 * The key points: the bullets that open the article, before its first paragraph
	 * or subheading (a lead photo may stand before them).
	 */
	public List<Block.Bullet> keyPoints() {
		return this.blocks.stream()
			.takeWhile((block) -> block instanceof Block.Bullet || block instanceof Block.Photo)
			.filter(Block.Bullet.class::isInstance)
			.map(Block.Bullet.class::cast)
			.toList();
	}

	public <T extends Block> List<T> blocksOf(Class<T> kind) {
		return this.blocks.stream().filter(kind::isInstance).map(kind::cast).toList();
	}

}
