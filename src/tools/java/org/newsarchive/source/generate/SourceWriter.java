package org.newsarchive.source.generate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Writes an article's scraped text in the seed's shape: headline, noise, the headline
 * again, a lead photo, key points, then paragraphs with the odd subheading, photo and
 * {@code Advertisement}. Every paragraph ends with a period or a closing quote and
 * every subheading with neither, so that the parser reads each as meant.
 */
final class SourceWriter {

	private static final String NOISE = "Advertisement";

	private final Random random;

	private final ArticleContext context;

	private final Deck keyPoints = new Deck(Vocabulary.KEY_POINTS);

	private final Deck sentences = new Deck(Vocabulary.SENTENCES);

	private final Deck claims = new Deck(Vocabulary.CLAIMS);

	private final Deck quotes = new Deck(Vocabulary.QUOTES);

	private final Deck subheadings = new Deck(Vocabulary.SUBHEADINGS);

	/** Reused for every article: one buffer, not one per block. */
	private final StringBuilder out = new StringBuilder(16_384);

	SourceWriter(Random random, ArticleContext context) {
		this.random = random;
		this.context = context;
	}

	String write(String headline, LocalDate published) {
		this.out.setLength(0);
		gatherDecks();
		this.out.append(headline).append("\n\n").append(NOISE).append('\n').append(headline);
		photo(0, published, false);
		this.out.append("\n\n").append(NOISE);
		int keyPoints = 2 + this.random.nextInt(3);
		for (int i = 0; i < keyPoints; i++) {
			this.out.append("\n  • ");
			this.context.summary(this.keyPoints.draw(this.random), this.out);
		}
		this.context.forgetMentions();
		body(published);
		return this.out.toString();
	}

	private void body(LocalDate published) {
		int paragraphs = 6 + this.random.nextInt(9);
		int subheadings = this.random.nextInt(3);
		int firstSubheading = (subheadings > 0) ? midBody(paragraphs) : -1;
		int secondSubheading = (subheadings > 1) ? midBody(paragraphs) : -1;
		int photo = (this.random.nextInt(5) < 2) ? midBody(paragraphs) : -1;
		int sinceNoise = 0;
		int noiseEvery = 3 + this.random.nextInt(3);
		for (int i = 0; i < paragraphs; i++) {
			if (i == firstSubheading || i == secondSubheading) {
				block();
				this.context.sentence(this.subheadings.draw(this.random), this.out);
			}
			if (i == photo) {
				photo(this.random.nextInt(this.context.castSize()), published, true);
			}
			block();
			paragraph(i == 0);
			if (++sinceNoise == noiseEvery && i < paragraphs - 1) {
				block();
				this.out.append(NOISE);
				sinceNoise = 0;
				noiseEvery = 3 + this.random.nextInt(3);
			}
		}
	}

	/** A paragraph: the lead is reported speech, later ones may quote people. */
	private void paragraph(boolean lead) {
		int kind = lead ? 0 : this.random.nextInt(10);
		if (kind < 6) {
			int sentences = 2 + this.random.nextInt(3);
			for (int i = 0; i < sentences; i++) {
				if (i > 0) {
					this.out.append(' ');
				}
				this.context.sentence(this.sentences.draw(this.random), this.out);
			}
		}
		else if (kind < 8) {
			// "Quote," Surname said. ("Quote.")
			this.out.append('"');
			this.context.sentence(this.quotes.draw(this.random), this.out);
			this.out.append(",\" ");
			this.context.mention(this.out);
			this.out.append(" said.");
			if (this.random.nextBoolean()) {
				quote();
			}
		}
		else {
			// Claim, Surname said. "Quote."
			this.context.sentence(this.claims.draw(this.random), this.out);
			this.out.append(", ");
			this.context.mention(this.out);
			this.out.append(" said.");
			quote();
		}
	}

	private void quote() {
		this.out.append(" \"");
		this.context.sentence(this.quotes.draw(this.random), this.out);
		this.out.append(".\"");
	}

	/** A photo: label naming one or two people, credit, caption. */
	private void photo(int person, LocalDate published, boolean midBody) {
		GeneratedPerson first = this.context.person(person);
		GeneratedPerson second = (this.random.nextInt(10) < 3)
				? this.context.person((person + 1) % this.context.castSize()) : null;
		block();
		String label = (second != null) ? first.name() + " " + second.name() : first.name();
		// Scraped labels are sometimes lower case, as in the seed's "Trump kim jong un".
		this.out.append((this.random.nextInt(10) == 0) ? label.toLowerCase(Locale.ROOT) : label);
		block();
		this.out.append(PhotoCredits.pick(this.random));
		block();
		if (midBody && second == null && this.random.nextBoolean()) {
			this.out.append(first.name()).append('.');
			return;
		}
		this.out.append(first.name());
		if (second != null) {
			this.out.append(" and ").append(second.name()).append(' ').append(pick(Vocabulary.CAPTION_ACTIONS_OF_TWO));
		}
		else {
			this.out.append(' ').append(pick(Vocabulary.CAPTION_ACTIONS));
		}
		LocalDate taken = published.minusDays(this.random.nextInt(3));
		this.out.append(" in ")
			.append(this.context.city())
			.append(", ")
			.append(this.context.country())
			.append(", ")
			.append(Vocabulary.MONTHS[taken.getMonthValue() - 1])
			.append(' ')
			.append(taken.getDayOfMonth())
			.append(", ")
			.append(taken.getYear())
			.append('.');
	}

	/** A place for a subheading or photo: before a paragraph from the third to the one before last. */
	private int midBody(int paragraphs) {
		return 2 + this.random.nextInt(paragraphs - 3);
	}

	private void gatherDecks() {
		this.keyPoints.gather();
		this.sentences.gather();
		this.claims.gather();
		this.quotes.gather();
		this.subheadings.gather();
	}

	private void block() {
		this.out.append("\n\n");
	}

	private <T> T pick(T[] choices) {
		return choices[this.random.nextInt(choices.length)];
	}

}
