package org.newsarchive.search;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the archive's content was made by: the latest migration Flyway recorded. The web
 * side only reads, so the tables change only by a migration, and every run of the import
 * is one (a repeatable migration whose checksum is that of the sources): a new import, or
 * a new schema migration, is a new row of the schema history. Its installed rank,
 * checksum and time of installation tell apart two databases with the same history, so
 * an index kept beside one is never taken for the other's. (On H2 the latest row is
 * usually the read-only user's repeatable migration, which runs after the import in the
 * same start.)
 * <p>
 * The serving role may read the history as it reads every table of the schema
 * ({@code db/h2/R__Read_only_user.sql}, and on PostgreSQL the owner's default privileges).
 *
 * @param rank the row's installed rank, which grows with every migration run
 * @param description what ran, {@code Import sources} for the import
 * @param checksum the migration's checksum (the import's covers every source file), or
 * {@code null} for a migration without one
 * @param installedOn when it ran, as the database writes it
 * @param schema the latest schema (versioned) migration, as {@link #key()} writes a row:
 * a kept index is updated with what the import changed only under the same schema, as a
 * schema migration may rewrite articles without changing their import hash
 */
record ArchiveGeneration(int rank, String description, Integer checksum, String installedOn, String schema) {

	/** The generation of the database, or {@code null} if it has no successful migration. */
	static ArchiveGeneration current(JdbcTemplate jdbc) {
		List<String> schema = jdbc.queryForList("""
				select concat("installed_rank", '/', "version", '/', "checksum", '/', "installed_on")
				from "flyway_schema_history" where "success" = true and "version" is not null
				order by "installed_rank" desc fetch first 1 rows only""", String.class);
		List<ArchiveGeneration> latest = jdbc.query("""
				select "installed_rank", "description", "checksum", "installed_on" from "flyway_schema_history"
				where "success" = true order by "installed_rank" desc fetch first 1 rows only""",
				(row, number) -> new ArchiveGeneration(row.getInt(1), row.getString(2),
						row.getObject(3, Integer.class), row.getString(4), schema.isEmpty() ? "none" : schema.get(0)));
		return latest.isEmpty() ? null : latest.get(0);
	}

	/** The generation as the index's commit records it. */
	String key() {
		return this.rank + "/" + this.checksum + "/" + this.installedOn;
	}

	@Override
	public String toString() {
		return this.rank + " (latest migration \"" + this.description + "\", checksum " + this.checksum + ", "
				+ this.installedOn + ")";
	}

}
