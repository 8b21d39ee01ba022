package org.newsarchive.source.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text with slots, such as {@code "{subject} met {person} in {city}."}, compiled once
 * so that filling it a million times needs no regular expression.
 */
final class Template {

	/** What a slot stands for; the {@link Filler} decides the words. */
	enum Slot {

		/** A person of the article, with their role on first mention. */
		SUBJECT,

		/** A person of the article: full name on first mention, surname after. */
		PERSON,

		/** The article's next person by short name, for headlines. */
		SHORT, COUNTRY, CITY, TOPIC, ORG, GROUP, NUMBER, PERCENT, DAY, MONTH

	}

	interface Filler {

		void fill(Slot slot, StringBuilder out);

	}

	/** The text around the slots: one more literal than there are slots. */
	private final String[] literals;

	private final Slot[] slots;

	private Template(String[] literals, Slot[] slots) {
		this.literals = literals;
		this.slots = slots;
	}

	static Template of(String text) {
		List<String> literals = new ArrayList<>();
		List<Slot> slots = new ArrayList<>();
		int start = 0;
		for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', start)) {
			int close = text.indexOf('}', open);
			if (close < 0) {
				throw new IllegalArgumentException("Unclosed slot in '" + text + "'");
			}
			literals.add(text.substring(start, open));
			slots.add(Slot.valueOf(text.substring(open + 1, close).toUpperCase(Locale.ROOT)));
			start = close + 1;
		}
		literals.add(text.substring(start));
		return new Template(literals.toArray(String[]::new), slots.toArray(Slot[]::new));
	}

	static Template[] all(String[] texts) {
		Template[] templates = new Template[texts.length];
		for (int i = 0; i < texts.length; i++) {
			templates[i] = of(texts[i]);
		}
		return templates;
	}

	void appendTo(StringBuilder out, Filler filler) {
		for (int i = 0; i < this.slots.length; i++) {
			out.append(this.literals[i]);
			filler.fill(this.slots[i], out);
		}
		out.append(this.literals[this.slots.length]);
	}

}
