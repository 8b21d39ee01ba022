package org.newsarchive.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses people registries: UTF-8, one person a line,
 * {@code slug | name | aliases (comma-separated) | role}; {@code #} starts a comment
 * line. A bad line, or a slug or name that another line (of any registry read by the
 * same parser) already gave, fails with the file and line.
 */
public final class PeopleRegistryParser {

	/** Possessive: a repeated group that backtracks recurses once per hyphen, and a long slug overflows. */
	private static final Pattern SLUG = Pattern.compile("[a-z0-9]++(?:-[a-z0-9]++)*+");

	private final List<Person> people = new ArrayList<>();

	private final Set<String> slugs = new HashSet<>();

	private final Set<String> names = new HashSet<>();

	/** Reads one registry file and returns everyone read so far. */
	public static List<Person> parse(String file, byte[] bytes) {
		return new PeopleRegistryParser().read(file, bytes);
	}

	/** Reads a registry file, adding to those read before, and returns everyone read so far. */
	public List<Person> read(String file, byte[] bytes) {
		String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r\n|\n|\r", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			int number = i + 1;
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\\|", -1);
			if (fields.length != 4) {
				throw new SourceFormatException(file, number, "expected 'slug | name | aliases | role'");
			}
			String slug = fields[0].strip();
			String name = fields[1].strip();
			if (!SLUG.matcher(slug).matches()) {
				throw new SourceFormatException(file, number,
						"the slug must be lower-case letters and digits joined by hyphens");
			}
			if (name.isEmpty()) {
				throw new SourceFormatException(file, number, "the name is missing");
			}
			if (!this.slugs.add(slug)) {
				throw new SourceFormatException(file, number, "'" + slug + "' is listed twice");
			}
			List<String> aliases = Arrays.stream(fields[2].split(","))
				.map(String::strip)
				.filter((alias) -> !alias.isEmpty())
				.toList();
			Person person = new Person(slug, name, aliases, fields[3].strip());
			for (String known : person.names()) {
				if (!this.names.add(known)) {
					throw new SourceFormatException(file, number, "'" + known + "' already names another person");
				}
			}
			this.people.add(person);
		}
		return List.copyOf(this.people);
	}

}
