package org.newsarchive.source;

import java.util.List;

import org.newsarchive.schema.KeyPoints;

/**
 * What the parser makes of a scraped source: the headline and the body blocks in
 * source order.
 */
public record SourceText(String headline, List<Block> blocks) {

	public SourceText {
		blocks = List.copyOf(blocks);
	}

	/** The key points: the bullets that open the article (see {@link KeyPoints}). */
	public List<Block.Bullet> keyPoints() {
		KeyPoints rule = new KeyPoints();
		return this.blocks.stream()
			.filter((block) -> rule.isKeyPoint(block.kind()))
			.map(Block.Bullet.class::cast)
			.toList();
	}

	public <T extends Block> List<T> blocksOf(Class<T> kind) {
		return this.blocks.stream().filter(kind::isInstance).map(kind::cast).toList();
	}

}
