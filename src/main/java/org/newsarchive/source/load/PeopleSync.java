package org.newsarchive.source.load;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsarchive.schema.NameKey;
import org.newsarchive.source.Person;

/**
 * Makes the {@code person} rows those of the people registries: updates the people it
 * names, adds the new ones and deletes those it no longer names, with what links
 * articles to them (their quotes stay, unattributed); and writes every name and alias
 * again, by its {@link NameKey}. Counts are left to {@link Recount}.
 */
final class PeopleSync {

	/**
	 * What the sync writes, in the import's checksum: a change makes the next start
	 * import again (the articles, unchanged, are skipped), so a database the import
	 * filled before gains what the sync now writes.
	 */
	static final String FORMAT = "people-names-1";

	private final Statements statements;

	PeopleSync(Statements statements) {
		this.statements = statements;
	}

	void sync(List<Person> people) throws SQLException {
		this.statements.update("delete from person_name");
		Set<String> slugs = new HashSet<>();
		for (Person person : people) {
			slugs.add(person.slug());
			if (this.statements.update("update person set name = ?, role = ? where slug = ?", person.name(),
					person.role(), person.slug()) == 0) {
				this.statements.update("insert into person (slug, name, role) values (?, ?, ?)", person.slug(),
						person.name(), person.role());
			}
		}
		for (Person person : people) {
			Set<String> keys = new HashSet<>();
			for (String name : person.names()) {
				String key = NameKey.of(name);
				if (!key.isEmpty() && key.length() <= NameKey.MAX_LENGTH && keys.add(key)) {
					this.statements.update("insert into person_name (name_key, person_slug, name) values (?, ?, ?)",
							key, person.slug(), name);
				}
			}
		}
		for (String gone : this.statements.strings("select slug from person")) {
			if (!slugs.contains(gone)) {
				for (String table : List.of("mention", "photo_person", "person_article")) {
					this.statements.update("delete from " + table + " where person_slug = ?", gone);
				}
				this.statements.update("update quote set person_slug = null where person_slug = ?", gone);
				this.statements.update("delete from person where slug = ?", gone);
			}
		}
	}

}
