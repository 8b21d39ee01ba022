package org.newsarchive.source;

import java.util.List;
import java.util.stream.Stream;

/**
 * A person the archive knows, from the people registry.
 *
 * @param slug the URL slug of the person's page
 * @param aliases other ways articles name the person, such as the surname alone
 * @param role the role the archive gives the person
 */
public record Person(String slug, String name, List<String> aliases, String role) {

	public Person {
		aliases = List.copyOf(aliases);
	}

	/** The name and the aliases: every way an article may name the person. */
	public List<String> names() {
		return Stream.concat(Stream.of(this.name), this.aliases.stream()).toList();
	}

}
