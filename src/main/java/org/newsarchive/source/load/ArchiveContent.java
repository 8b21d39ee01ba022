package org.newsarchive.source.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The tables the import fills. A first import that fails empties them again: it commits
 * as it goes, and the database it found held no archive, so "as it was" is empty.
 */
final class ArchiveContent {

	/** Every table the import writes, those that refer to others first. */
	static final List<String> TABLES = List.of("mention", "photo_person", "quote", "person_article", "article_tag",
			"article_block", "article_source", "capture_block", "capture_source", "capture", "coverage", "old_permalink", "withdrawn_article", "article", "image",
			"tag", "person_name", "person");

	private ArchiveContent() {
	}

	/**
	 * Removes every row of the import's tables, without the undo log a delete of millions
	 * of rows would write: PostgreSQL truncates them together, H2 one at a time with the
	 * table's foreign keys unchecked for the while (they are all being emptied).
	 */
	static void clear(Connection connection) throws SQLException {
		try (Statements statements = new Statements(connection)) {
			if (Statements.isPostgres(connection)) {
				statements.update("truncate table " + String.join(", ", TABLES));
			}
			else {
				for (String table : TABLES) {
					statements.update("alter table " + table + " set referential_integrity false");
					statements.update("truncate table " + table);
					statements.update("alter table " + table + " set referential_integrity true nocheck");
				}
			}
		}
		connection.commit();
	}

}
