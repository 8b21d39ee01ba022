package org.newsarchive.search;

import java.util.List;
import java.util.Map;

import org.newsarchive.person.PersonView;
import org.newsarchive.schema.NameKey;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The person a query names, by name or alias as the registry writes them, however its
 * accents, case, hyphens and quotes are typed ({@link NameKey}): one index lookup. Two
 * people of one alias: the one more articles name.
 */
final class NamedPeople {

	private final NamedParameterJdbcTemplate jdbc;

	NamedPeople(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The person the whole query names, or null. */
	PersonView named(String query) {
		String key = NameKey.of(query);
		if (key.isEmpty() || key.length() > NameKey.MAX_LENGTH) {
			return null;
		}
		List<PersonView> people = this.jdbc.query("""
				select p.slug, p.name, p.role, p.article_count, p.mention_count from person_name n
				join person p on p.slug = n.person_slug where n.name_key = :key and p.article_count > 0
				order by p.article_count desc, p.slug fetch first 1 rows only""", Map.of("key", key),
				(row, number) -> new PersonView(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
						row.getInt(5)));
		return people.isEmpty() ? null : people.get(0);
	}

}
