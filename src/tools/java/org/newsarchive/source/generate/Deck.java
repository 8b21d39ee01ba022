package org.newsarchive.source.generate;

import java.util.Random;

/**
 * Templates drawn without repeats until every one has been drawn, so that an article
 * does not say the same thing twice in a row of paragraphs.
 */
final class Deck {

	private final Template[] cards;

	/** The cards not yet drawn are {@code cards[0..left)}. */
	private int left;

	Deck(String[] texts) {
		this.cards = Template.all(texts);
		this.left = this.cards.length;
	}

	/** Puts every card back, for a new article. */
	void gather() {
		this.left = this.cards.length;
	}

	Template draw(Random random) {
		if (this.left == 0) {
			gather();
		}
		int drawn = random.nextInt(this.left);
		Template card = this.cards[drawn];
		this.cards[drawn] = this.cards[this.left - 1];
		this.cards[this.left - 1] = card;
		this.left--;
		return card;
	}

}
