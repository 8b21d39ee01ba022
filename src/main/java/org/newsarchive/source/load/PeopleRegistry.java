package org.newsarchive.source.load;

import java.util.ArrayList;
import java.util.List;

import org.newsarchive.schema.Sha256;
import org.newsarchive.source.MentionFinder;
import org.newsarchive.source.PeopleRegistryParser;
import org.newsarchive.source.Person;

/**
 * The people the archive knows, read from every {@code people.registry} file of the
 * library, and how to find them in an article.
 *
 * @param sha256 a hash of every registry's bytes: a changed registry re-imports every
 * article, as any of them may name someone it adds or drops
 */
record PeopleRegistry(List<Person> people, MentionFinder finder, String sha256) {

	static PeopleRegistry read(List<SourceFile> registries) {
		PeopleRegistryParser parser = new PeopleRegistryParser();
		List<Person> people = List.of();
		List<byte[]> hashed = new ArrayList<>();
		for (SourceFile file : registries) {
			byte[] bytes = SourceSteps.reading(file.name(), 1, file::readText);
			people = SourceSteps.reading(file.name(), 1, () -> parser.read(file.name(), bytes));
			hashed.add(bytes);
		}
		return new PeopleRegistry(people, new MentionFinder(people), Sha256.hex(hashed.toArray(byte[][]::new)));
	}

}
