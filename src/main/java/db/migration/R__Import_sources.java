package db.migration;

import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.newsarchive.source.load.ArchiveImport;

/**
 * Imports the archive's sources into the tables the schema migrations made. It is
 * repeatable: its checksum covers every source file, so Flyway runs it again whenever
 * an article is added or changed, and skips it on a restart that changes nothing. It
 * runs inside Flyway's transaction, so a malformed source leaves the database as it was.
 * <p>
 * The checksum reads only the source files whose size or modification time differ from
 * what the last start recorded ({@code source_file}), so an unchanged archive restarts
 * without reading its files; see {@code SourceLibrary#checksum}.
 * <p>
 * It needs the configured source locations, so {@code SourceImportConfiguration} hands
 * it to Flyway rather than Flyway finding it by scanning.
 */
public class R__Import_sources extends BaseJavaMigration {

	private final ArchiveImport archiveImport;

	private Integer checksum;

	public R__Import_sources(ArchiveImport archiveImport) {
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
		this.archiveImport.run(context.getConnection());
	}

	/** Records the manifest of the sources this start saw, once Flyway has migrated. */
	public void recordManifest() throws SQLException {
		this.archiveImport.recordManifest();
	}

}
