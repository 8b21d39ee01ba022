package db.migration;

import org.newsarchive.source.load.ArchiveImport;
import org.newsarchive.source.load.SourceImportMigration;

/**
 * Imports the archive's sources into the tables the schema migrations made. Its name is
 * what Flyway's schema history knows the import by (a repeatable migration, "Import
 * sources"); what it does is {@link SourceImportMigration}'s.
 * <p>
 * The checksum reads only the source files whose size or modification time differ from
 * what the last start recorded ({@code source_file}), so an unchanged archive restarts
 * without reading its files; see {@code SourceChecksum}.
 * <p>
 * It needs the configured source locations, so {@code SourceImportConfiguration} finds
 * it, makes it and hands it to Flyway rather than Flyway finding it by scanning.
 */
public class R__Import_sources extends SourceImportMigration {

	public R__Import_sources(ArchiveImport archiveImport) {
		super(archiveImport);
	}

}
