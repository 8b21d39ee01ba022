package org.newsarchive.source.load;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The source import as Flyway runs it: a repeatable Java migration whose checksum is
 * that of the sources (see {@link SourceChecksum}), so that Flyway runs it again
 * whenever an article is added or changed, and skips it on a restart that changes
 * nothing. A malformed source leaves the database as it was: a later import runs inside
 * Flyway's transaction, the first one commits as it goes and empties what it wrote if it
 * fails ({@link ArchiveImport#run(java.sql.Connection, boolean)}).
 * <p>
 * Its one subclass lives in Flyway's {@code db/migration} package, whose class name
 * names the migration in the schema history; {@link SourceImportConfiguration} finds it
 * there by this type, and hands it the import's sources, so that this package never
 * names that one.
 */
public abstract class SourceImportMigration extends BaseJavaMigration {

	private final ArchiveImport archiveImport;

	private Integer checksum;

	protected SourceImportMigration(ArchiveImport archiveImport) {
		this.archiveImport = archiveImport;
	}

	@Override
	public Integer getChecksum() {
		if (this.checksum == null) {
			this.checksum = this.archiveImport.checksum();
		}
		return this.checksum;
	}

	@Override
	public void migrate(Context context) throws Exception {
		this.archiveImport.run(context.getConnection(), !succeededBefore(context));
	}

	/** Whether the schema history records an earlier run of this migration that succeeded. */
	private boolean succeededBefore(Context context) throws SQLException {
		String history = '"' + context.getConfiguration().getTable() + '"';
		try (PreparedStatement query = context.getConnection()
			.prepareStatement("select count(*) from " + history + " where \"description\" = ? and \"success\" = true")) {
			query.setString(1, getDescription());
			try (ResultSet rows = query.executeQuery()) {
				return rows.next() && rows.getLong(1) > 0;
			}
		}
	}

	/** Records the manifest of the sources this start saw, once Flyway has migrated. */
	public void recordManifest() throws SQLException {
		this.archiveImport.recordManifest();
	}

	/** Compacts the database after a first import, where it needs it, once Flyway has migrated. */
	public void compactAfterFirstImport() throws SQLException {
		this.archiveImport.compactAfterFirstImport();
	}

}
