package org.newsarchive.source.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.newsarchive.source.PhotoCredit;
import org.newsarchive.source.Slugs;

/**
 * The invented people of a generated archive: distinct names, slugs that never clash
 * with the seed registry's, and the surname as alias only where it names one person.
 * Some people are in the news far more than others.
 */
final class PeoplePool {

	/** The seed registry's slugs: a generated archive is loaded beside it. */
	static final Set<String> SEED_SLUGS = Set.of("rex-tillerson", "donald-trump", "kim-jong-un",
			"federica-mogherini", "sergei-ryabkov", "lu-kang", "mike-pompeo");

	private static final Template[] ROLES = Template.all(Vocabulary.ROLES);

	private final GeneratedPerson[] people;

	private final ZipfPicker prominence;

	private PeoplePool(GeneratedPerson[] people) {
		this.people = people;
		this.prominence = new ZipfPicker(people.length, 0.8);
	}

	static PeoplePool generate(Random random, int size) {
		Set<String> vocabulary = vocabularyWords();
		Set<String> names = new HashSet<>();
		Set<String> slugs = new HashSet<>(SEED_SLUGS);
		List<String[]> drawn = new ArrayList<>();
		Map<String, Integer> surnameCounts = new HashMap<>();
		while (drawn.size() < size) {
			String first = pick(random, Vocabulary.FIRST_NAMES);
			String surname = pick(random, Vocabulary.SURNAME_ONSETS) + pick(random, Vocabulary.SURNAME_MIDDLES)
					+ pick(random, Vocabulary.SURNAME_ENDINGS);
			String name = first + " " + surname;
			String slug = Slugs.of(name);
			// A surname that is also an ordinary word would link every use of that word.
			boolean usable = !vocabulary.contains(surname.toLowerCase(Locale.ROOT)) && !PhotoCredit.isCredit(name);
			if (usable && names.add(name) && slugs.add(slug)) {
				drawn.add(new String[] { slug, name, surname });
				surnameCounts.merge(surname, 1, Integer::sum);
			}
		}
		GeneratedPerson[] people = new GeneratedPerson[size];
		for (int i = 0; i < size; i++) {
			String[] person = drawn.get(i);
			StringBuilder role = new StringBuilder();
			ROLES[random.nextInt(ROLES.length)].appendTo(role, (slot, out) -> out.append(place(random, slot)));
			people[i] = new GeneratedPerson(person[0], person[1], person[2], surnameCounts.get(person[2]) == 1,
					role.toString());
		}
		return new PeoplePool(people);
	}

	/** A person drawn by prominence. */
	GeneratedPerson pick(Random random) {
		return this.people[this.prominence.pick(random)];
	}

	List<GeneratedPerson> people() {
		return List.of(this.people);
	}

	String registryText(long seed) {
		StringBuilder text = new StringBuilder(this.people.length * 80);
		text.append("# Invented people for a synthetic benchmark archive (ArchiveGenerator, seed ")
			.append(seed)
			.append(").\n")
			.append("# One person a line: slug | name | aliases (comma-separated) | role\n");
		for (GeneratedPerson person : this.people) {
			text.append(person.registryLine()).append('\n');
		}
		return text.toString();
	}

	private static String place(Random random, Template.Slot slot) {
		return switch (slot) {
			case COUNTRY -> pick(random, Vocabulary.PLACES)[1];
			case CITY -> pick(random, Vocabulary.PLACES)[0];
			case ORG -> pick(random, Vocabulary.ORGANISATIONS);
			default -> throw new IllegalStateException("A role has no " + slot);
		};
	}

	private static Set<String> vocabularyWords() {
		Set<String> words = new HashSet<>();
		List<String[]> lists = new ArrayList<>(List.of(Vocabulary.FIRST_NAMES, Vocabulary.TOPICS,
				Vocabulary.ORGANISATIONS, Vocabulary.GROUPS, Vocabulary.TAGS, Vocabulary.PHOTOGRAPHERS,
				Vocabulary.SENTENCES, Vocabulary.QUOTES, Vocabulary.HEADLINES));
		for (String[] place : Vocabulary.PLACES) {
			lists.add(place);
		}
		for (String[] list : lists) {
			for (String text : list) {
				for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
					words.add(word);
				}
			}
		}
		return words;
	}

	private static <T> T pick(Random random, T[] choices) {
		return choices[random.nextInt(choices.length)];
	}

}
