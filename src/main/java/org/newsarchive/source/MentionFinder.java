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
import java.util.stream.Collectors;

/**
 * Finds the people of the registry in an article: mentions in running text by full
 * name or alias, case-sensitively and on word boundaries ("Tillerson's" names
 * Tillerson, "trumpet" names nobody); people in a photo's label line,
 * case-insensitively ("Trump kim jong un").
 */
public final class MentionFinder {

	private final Pattern inText;

	private final Pattern inLabel;

	private final Map<String, String> slugByName = new HashMap<>();

	private final Map<String, String> slugByLowerName = new HashMap<>();

	public MentionFinder(List<Person> people) {
		for (Person person : people) {
			for (String name : person.names()) {
				this.slugByName.put(name, person.slug());
				this.slugByLowerName.put(name.toLowerCase(Locale.ROOT), person.slug());
			}
		}
		// Longest first, so "Rex Tillerson" is one mention, not "Tillerson" inside it.
		String names = this.slugByName.keySet()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		String pattern = names.isEmpty() ? "(?!)" : "(?<![\\p{L}\\p{N}])(?:" + names + ")(?![\\p{L}\\p{N}])";
		this.inText = Pattern.compile(pattern);
		this.inLabel = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** Every mention in a text, in order. */
	public List<Mention> inText(String text) {
		List<Mention> mentions = new ArrayList<>();
		Matcher matcher = this.inText.matcher(text);
		while (matcher.find()) {
			mentions.add(new Mention(this.slugByName.get(matcher.group()), matcher.start(), matcher.end()));
		}
		return mentions;
	}

	/** The people a photo's label line names, in order, each once. */
	public Set<String> inLabel(String label) {
		Set<String> people = new LinkedHashSet<>();
		Matcher matcher = this.inLabel.matcher(label);
		while (matcher.find()) {
			people.add(this.slugByLowerName.get(matcher.group().toLowerCase(Locale.ROOT)));
		}
		return people;
	}

	/** The person a speaker phrase names exactly, by full name or alias. */
	public Optional<String> person(String speaker) {
		return Optional.ofNullable(this.slugByName.get(speaker));
	}

	/** A mention of a person, by character offsets into a block's text. */
	public record Mention(String person, int start, int end) {
	}

}
