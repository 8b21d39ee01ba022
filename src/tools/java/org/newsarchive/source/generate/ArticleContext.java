package org.newsarchive.source.generate;

import java.util.Random;

/**
 * What one article is about (its people, place and topic) and what it has said so
 * far: a person is named in full, with their role now and then, on first mention and
 * by surname after. Fills the slots of the templates accordingly.
 */
final class ArticleContext implements Template.Filler {

	private static final int MAX_CAST = 5;

	private final Random random;

	private final PeoplePool pool;

	private final GeneratedPerson[] cast = new GeneratedPerson[MAX_CAST];

	private final boolean[] mentioned = new boolean[MAX_CAST];

	private int castSize;

	private String[] place;

	private String topic;

	/** The next person a {@code {short}} slot names. */
	private int nextShort;

	/** The person the current text named last, so a sentence does not meet itself. */
	private int lastPerson;

	/** Whether the current text keeps to the article's own place and topic, as a headline does. */
	private boolean onSubject;

	ArticleContext(Random random, PeoplePool pool) {
		this.random = random;
		this.pool = pool;
	}

	/** Starts a new article: 2 to 5 people, a place and a topic. */
	void begin() {
		this.castSize = 2 + this.random.nextInt(MAX_CAST - 1);
		for (int i = 0; i < this.castSize; i++) {
			GeneratedPerson person;
			do {
				person = this.pool.pick(this.random);
			}
			while (isCast(person, i));
			this.cast[i] = person;
		}
		this.place = pick(Vocabulary.PLACES);
		this.topic = pick(Vocabulary.TOPICS);
		forgetMentions();
	}

	/** Picks another place and topic, for a headline that is taken. */
	void rethink() {
		this.place = pick(Vocabulary.PLACES);
		this.topic = pick(Vocabulary.TOPICS);
	}

	/** Makes the next text name everyone in full again, as a body does after its key points. */
	void forgetMentions() {
		for (int i = 0; i < MAX_CAST; i++) {
			this.mentioned[i] = false;
		}
	}

	GeneratedPerson person(int index) {
		return this.cast[index];
	}

	int castSize() {
		return this.castSize;
	}

	String city() {
		return this.place[0];
	}

	String country() {
		return this.place[1];
	}

	/** Appends the template as a sentence: capitalised, and straying from the subject now and then. */
	void sentence(Template template, StringBuilder out) {
		append(template, out, false);
	}

	/** Appends the template as a headline or key point: capitalised, and on the subject. */
	void summary(Template template, StringBuilder out) {
		append(template, out, true);
	}

	/** Names a person of the article in running text, as {@code {person}} does. */
	void mention(StringBuilder out) {
		mention(pickPerson(), false, out);
	}

	@Override
	public void fill(Template.Slot slot, StringBuilder out) {
		switch (slot) {
			case SUBJECT -> mention(pickPerson(), this.random.nextBoolean(), out);
			case PERSON -> mention(pickPerson(), false, out);
			case SHORT -> out.append(this.cast[this.nextShort++ % this.castSize].reference());
			case COUNTRY -> out.append(usually(this.place, Vocabulary.PLACES)[1]);
			case CITY -> out.append(usually(this.place, Vocabulary.PLACES)[0]);
			case TOPIC -> out.append(usually(this.topic, Vocabulary.TOPICS));
			case ORG -> out.append(pick(Vocabulary.ORGANISATIONS));
			case GROUP -> out.append(pick(Vocabulary.GROUPS));
			case NUMBER -> out.append(5 + this.random.nextInt(996));
			case PERCENT -> out.append(1 + this.random.nextInt(60))
				.append('.')
				.append(this.random.nextInt(10))
				.append(" percent");
			case DAY -> out.append(pick(Vocabulary.DAYS));
			case MONTH -> out.append(pick(Vocabulary.MONTHS));
		}
	}

	private void append(Template template, StringBuilder out, boolean onSubject) {
		int start = out.length();
		this.nextShort = 0;
		this.lastPerson = -1;
		this.onSubject = onSubject;
		template.appendTo(out, this);
		out.setCharAt(start, Character.toUpperCase(out.charAt(start)));
	}

	private void mention(int index, boolean withRole, StringBuilder out) {
		GeneratedPerson person = this.cast[index];
		if (this.mentioned[index]) {
			out.append(person.reference());
			return;
		}
		this.mentioned[index] = true;
		out.append(person.name());
		if (withRole) {
			out.append(", ").append(person.roleInText()).append(',');
		}
	}

	/** The lead person half the time, as in real reporting; never the one just named. */
	private int pickPerson() {
		int index = this.random.nextBoolean() ? 0 : this.random.nextInt(this.castSize);
		if (index == this.lastPerson) {
			index = (index + 1) % this.castSize;
		}
		this.lastPerson = index;
		return index;
	}

	private boolean isCast(GeneratedPerson person, int count) {
		for (int i = 0; i < count; i++) {
			if (this.cast[i] == person) {
				return true;
			}
		}
		return false;
	}

	/** The article's own choice, or two times in three in running text, so that articles stay on their subject. */
	private <T> T usually(T own, T[] choices) {
		return (this.onSubject || this.random.nextInt(3) > 0) ? own : pick(choices);
	}

	private <T> T pick(T[] choices) {
		return choices[this.random.nextInt(choices.length)];
	}

}
