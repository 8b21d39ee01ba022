package org.newsarchive.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people of the registry in an article: mentions in running text by full
 * name or alias, case-sensitively and on word boundaries ("Tillerson's" names
 * Tillerson, "trumpet" names nobody); people in a photo's label line,
 * case-insensitively ("Trump kim jong un").
 * <p>
 * It works word by word, looking up each word among the first words of the names, so
 * its cost grows with the text, not with the size of the registry.
 */
public final class MentionFinder {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

	private static final Pattern SPACE = Pattern.compile("\\s+");

	private final Map<String, List<Name>> byFirstWord = new HashMap<>();

	private final Map<String, List<Name>> byFirstLowerWord = new HashMap<>();

	private final Map<String, String> slugByName = new HashMap<>();

	public MentionFinder(List<Person> people) {
		for (Person person : people) {
			for (String name : person.names()) {
				this.slugByName.put(name, person.slug());
				index(this.byFirstWord, Name.of(person.slug(), name));
				index(this.byFirstLowerWord, Name.of(person.slug(), name.toLowerCase(Locale.ROOT)));
			}
		}
		// Longest first, so "Rex Tillerson" is one mention, not "Rex" or "Tillerson" in it.
		Comparator<Name> longestFirst = Comparator.comparingInt((Name name) -> name.words().size()).reversed();
		this.byFirstWord.values().forEach((names) -> names.sort(longestFirst));
		this.byFirstLowerWord.values().forEach((names) -> names.sort(longestFirst));
	}

	private static void index(Map<String, List<Name>> index, Name name) {
		if (!name.words().isEmpty()) {
			index.computeIfAbsent(name.words().get(0), (word) -> new ArrayList<>()).add(name);
		}
	}

	/** Every mention in a text, in order. */
	public List<Mention> inText(String text) {
		return find(text, text, this.byFirstWord);
	}

	/** The people a photo's label line names, in order, each once. */
	public Set<String> inLabel(String label) {
		Set<String> people = new LinkedHashSet<>();
		find(label, label.toLowerCase(Locale.ROOT), this.byFirstLowerWord).forEach((m) -> people.add(m.person()));
		return people;
	}

	/** The person a speaker phrase names exactly, by full name or alias. */
	public Optional<String> person(String speaker) {
		return Optional.ofNullable(this.slugByName.get(speaker));
	}

	/**
	 * Finds names in {@code text}, comparing words of {@code compared}: the text itself or
	 * its lower-case form (which keeps its offsets for the scripts that names use here).
	 */
	private static List<Mention> find(String text, String compared, Map<String, List<Name>> index) {
		List<int[]> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(compared);
		while (matcher.find()) {
			words.add(new int[] { matcher.start(), matcher.end() });
		}
		List<Mention> mentions = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String first = compared.substring(words.get(i)[0], words.get(i)[1]);
			for (Name name : index.getOrDefault(first, List.of())) {
				if (name.matches(compared, words, i)) {
					int end = words.get(i + name.words().size() - 1)[1];
					mentions.add(new Mention(name.slug(), words.get(i)[0], Math.min(end, text.length())));
					i += name.words().size() - 1;
					break;
				}
			}
		}
		return mentions;
	}

	/** A mention of a person, by character offsets into a block's text. */
	public record Mention(String person, int start, int end) {
	}

	/** A name as words and what stands between them (white space read as one space). */
	private record Name(String slug, List<String> words, List<String> separators) {

		static Name of(String slug, String name) {
			List<String> words = new ArrayList<>();
			List<String> separators = new ArrayList<>();
			Matcher matcher = WORD.matcher(name);
			int previousEnd = -1;
			while (matcher.find()) {
				if (previousEnd >= 0) {
					separators.add(normalise(name.substring(previousEnd, matcher.start())));
				}
				words.add(matcher.group());
				previousEnd = matcher.end();
			}
			return new Name(slug, words, separators);
		}

		boolean matches(String text, List<int[]> textWords, int from) {
			if (from + this.words.size() > textWords.size()) {
				return false;
			}
			for (int k = 0; k < this.words.size(); k++) {
				int[] word = textWords.get(from + k);
				if (!text.regionMatches(word[0], this.words.get(k), 0, word[1] - word[0])
						|| this.words.get(k).length() != word[1] - word[0]) {
					return false;
				}
				if (k > 0 && !normalise(text.substring(textWords.get(from + k - 1)[1], word[0]))
					.equals(this.separators.get(k - 1))) {
					return false;
				}
			}
			return true;
		}

		private static String normalise(String separator) {
			return SPACE.matcher(separator).replaceAll(" ");
		}

	}

}
