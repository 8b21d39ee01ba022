package org.newsarchive.source.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.newsarchive.source.SourceFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports every source of the library into the database, over one connection and so
 * inside the caller's transaction: a failure anywhere leaves the database as it was.
 * <p>
 * Articles are keyed by their editorial id, so a re-import updates them in place and
 * their permalinks and short links never change. An article whose source, metadata,
 * photos and the people registry are unchanged is skipped; one whose source has gone
 * stays archived.
 * <p>
 * Sources are read and parsed on as many threads as the machine has processors, a
 * bounded window ahead of the one thread that writes them in order; the rows of many
 * articles are written in one JDBC batch per table.
 */
public class ArchiveImport {

	private static final Logger logger = LoggerFactory.getLogger(ArchiveImport.class);

	private static final int PROGRESS_EVERY = 5_000;

	private final SourceLibrary library;

	private final Supplier<DataSource> dataSource;

	private SourceManifest manifest = SourceManifest.EMPTY;

	/** This start's checksum, with the listing it covers, until the manifest records it. */
	private volatile SourceChecksum checksum;

	/**
	 * @param dataSource the database the import writes to, where the manifest of the
	 * sources is kept (null: none, every source is read for the checksum)
	 */
	public ArchiveImport(SourceLibrary library, Supplier<DataSource> dataSource) {
		this.library = library;
		this.dataSource = dataSource;
	}

	/** The checksum of the sources, reading only those the recorded manifest does not vouch for. */
	public int checksum() {
		this.manifest = SourceManifest.read(this.dataSource.get());
		this.checksum = SourceChecksum.of(ArticleReader.FORMAT_VERSION, this.library.list(), this.manifest);
		return this.checksum.value();
	}

	/**
	 * Records what this start's checksum saw of the source files, once the migration
	 * succeeded, so that the next start need not read them again. Then forgets them:
	 * for 100,000 articles the listing and the hashes hold tens of megabytes.
	 */
	public void recordManifest() throws SQLException {
		DataSource target = this.dataSource.get();
		try {
			if (target != null && this.checksum != null) {
				this.manifest.record(target, this.checksum.listing().files(), this.checksum.read());
			}
		}
		finally {
			this.manifest = SourceManifest.EMPTY;
			this.checksum = null;
		}
	}

	/** Imports the sources the checksum listed (or, without one, those listed now). */
	public void run(Connection connection) throws SQLException {
		SourceListing listing = (this.checksum != null) ? this.checksum.listing() : this.library.list();
		PeopleRegistry registry = PeopleRegistry.read(listing.registries());
		try (Statements statements = new Statements(connection)) {
			run(listing, registry, statements, new BatchWriter(statements));
		}
	}

	private void run(SourceListing listing, PeopleRegistry registry, Statements statements, BatchWriter batches)
			throws SQLException {
		new PeopleSync(statements).sync(registry.people());
		ArticleWriter writer = new ArticleWriter(statements, batches);
		Map<Long, ImportedArticle> imported = writer.load();
		Map<Long, String> idOwners = new HashMap<>();
		Map<String, String> permalinkOwners = new HashMap<>();
		long started = System.nanoTime();
		int seen = 0;
		int written = 0;
		try (ReadAhead sources = new ReadAhead(listing.sources(), new ArticleReader(registry))) {
			while (sources.hasNext()) {
				ReadAhead.Read read = sources.next();
				ArticleImport article = read.article();
				claim(idOwners, article.metadata().id(), read.source(), article.metadata().lineOf("id"), "id");
				claim(permalinkOwners, article.permalink(), read.source(), article.metadata().lineOf("published"),
						"permalink");
				ImportedArticle existing = imported.get(article.metadata().id());
				if (existing == null || !article.importSha256().equals(existing.importSha256())) {
					writer.write(article, existing);
					written++;
				}
				if (++seen % PROGRESS_EVERY == 0) {
					logProgress(seen, written, started);
				}
			}
		}
		writer.flush();
		logger.info("Import: batches took {}", batches.batchTimes());
		long finishing = System.nanoTime();
		writer.deleteUnusedImages();
		new Recount(statements, batches).run();
		logger.info("Import: unused images and counts took {} ms", (System.nanoTime() - finishing) / 1_000_000);
		logProgress(seen, written, started);
	}

	/** Fails when two sources claim the same id or permalink: each must name one article. */
	private static <K> void claim(Map<K, String> owners, K key, SourceFile source, int line, String what) {
		String owner = owners.putIfAbsent(key, source.name());
		if (owner != null) {
			throw new SourceFormatException(source.metadataName(), line,
					"the " + what + " " + key + " already belongs to " + owner);
		}
	}

	private static void logProgress(int seen, int written, long started) {
		double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
		logger.info("Import: {} sources read, {} articles written, {} sources/s", seen, written,
				Math.round(seen / seconds));
	}

}
