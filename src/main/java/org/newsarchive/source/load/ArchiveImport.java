package org.newsarchive.source.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports every source of the library into the database: a failure anywhere leaves the
 * database as it was (see {@link #run(Connection, boolean)}).
 * <p>
 * Articles are keyed by their editorial id, so a re-import updates them in place and
 * their permalinks and short links never change. An article whose source, metadata,
 * photos and the people registry are unchanged is skipped; one whose source has gone
 * stays archived.
 * <p>
 * Sources are read and parsed on as many threads as the machine has processors, a
 * bounded window ahead of the one thread that writes them in order; the rows of many
 * articles are written in one JDBC batch per table.
 * <p>
 * Nothing it holds grows with the archive: the listing is walked as the sources are
 * read, what the database holds of the articles is looked up a few hundred at a time,
 * the ids and permalinks claimed are kept in the database ({@link SourceClaims}), and
 * the counts are made in one ordered pass ({@link Recount}).
 */
public class ArchiveImport {

	private static final Logger logger = LoggerFactory.getLogger(ArchiveImport.class);

	private static final int PROGRESS_EVERY = 5_000;

	/** How many articles are read before their claims are checked and what the database holds of them is looked up. */
	private static final int LOOKUP_EVERY = Statements.KEYS_PER_QUERY;

	private final SourceLibrary library;

	private final Supplier<DataSource> dataSource;

	/** This start's checksum, with what the manifest is to learn, until the manifest records it. */
	private volatile SourceChecksum checksum;

	/** Whether this start ran a first import that succeeded: the database may need compacting. */
	private volatile boolean firstImportRan;

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
		forgetChecksum();
		this.checksum = SourceChecksum.of(ArticleReader.FORMAT_VERSION + "+" + PeopleSync.FORMAT,
				this.library.list(), this.dataSource.get());
		return this.checksum.value();
	}

	/**
	 * Records what this start's checksum saw of the source files, once the migration
	 * succeeded, so that the next start need not read them again.
	 */
	public void recordManifest() throws SQLException {
		DataSource target = this.dataSource.get();
		try {
			if (target != null && this.checksum != null) {
				SourceManifest.record(target, this.checksum.changes());
			}
		}
		finally {
			forgetChecksum();
		}
	}

	/** Compacts the database, if this start's first import filled it and it needs it (see {@link H2FileCompaction}). */
	public void compactAfterFirstImport() throws SQLException {
		if (this.firstImportRan) {
			this.firstImportRan = false;
			H2FileCompaction.compact(this.dataSource.get());
		}
	}

	private void forgetChecksum() {
		SourceChecksum forgotten = this.checksum;
		this.checksum = null;
		if (forgotten != null) {
			forgotten.changes().close();
		}
	}

	/**
	 * Imports the sources, listed again as they are read: the listing is walked, never
	 * held (so a file added since the checksum is imported too).
	 * <p>
	 * A later import runs over the caller's connection, inside its transaction, so a
	 * failure leaves the previous archive as it was, serving. The first import (the
	 * database holds no archive yet) runs over a connection of its own and commits after
	 * each batch of articles, so that a million articles never make one transaction; if
	 * it fails it empties what it wrote. Stopped harder than that (the process killed),
	 * it leaves whole articles behind, which the next start's import, still a first one,
	 * finds unchanged and skips.
	 * @param connection the migration's connection
	 * @param first whether no import ever succeeded on this database
	 */
	public void run(Connection connection, boolean first) throws SQLException {
		DataSource target = this.dataSource.get();
		if (!first || target == null) {
			run(connection, Checkpoint.NONE);
			return;
		}
		try (Connection own = target.getConnection()) {
			own.setAutoCommit(false);
			try {
				run(own, own::commit);
				own.commit();
				this.firstImportRan = true;
			}
			catch (SQLException | RuntimeException | Error ex) {
				own.rollback();
				logger.warn("Import: the first import failed; emptying what it wrote");
				ArchiveContent.clear(own);
				throw ex;
			}
		}
	}

	private void run(Connection connection, Checkpoint checkpoint) throws SQLException {
		SourceListing listing = this.library.list();
		PeopleRegistry registry = PeopleRegistry.read(listing.registries());
		try (Statements statements = new Statements(connection)) {
			BatchWriter batches = new BatchWriter(statements);
			try (SourceClaims claims = new SourceClaims(connection, statements, batches)) {
				run(listing, registry, statements, new ArticleWriter(statements, batches, checkpoint), batches, claims);
			}
		}
	}

	private void run(SourceListing listing, PeopleRegistry registry, Statements statements, ArticleWriter writer,
			BatchWriter batches, SourceClaims claims) throws SQLException {
		new PeopleSync(statements).sync(registry.people());
		long started = System.nanoTime();
		int seen = 0;
		int written = 0;
		try (ReadAhead sources = new ReadAhead(listing.sources(), new ArticleReader(registry))) {
			List<ReadAhead.Read> chunk = new ArrayList<>(LOOKUP_EVERY);
			while (sources.hasNext()) {
				ReadAhead.Read read;
				try {
					read = sources.next();
				}
				catch (RuntimeException | Error ex) {
					// A claim of an earlier source fails first, as the sources come.
					claims.claim(chunk);
					throw ex;
				}
				chunk.add(read);
				if (chunk.size() == LOOKUP_EVERY || !sources.hasNext()) {
					claims.claim(chunk);
					written += write(writer, chunk);
					chunk.clear();
				}
				if (++seen % PROGRESS_EVERY == 0) {
					logProgress(seen, written, started);
				}
			}
		}
		writer.flush();
		CaptureOrder.check(statements);
		logger.info("Import: batches took {}", batches.batchTimes());
		long finishing = System.nanoTime();
		writer.deleteUnusedImages();
		new Recount(statements, batches).run();
		logger.info("Import: unused images and counts took {} ms", (System.nanoTime() - finishing) / 1_000_000);
		logProgress(seen, written, started);
	}

	/** Writes the articles whose import hash differs from what the database holds of them. */
	private static int write(ArticleWriter writer, List<ReadAhead.Read> reads) throws SQLException {
		Map<Long, ImportedArticle> imported = writer
			.lookUp(reads.stream().map((read) -> read.article().metadata().id()).toList());
		int written = 0;
		for (ReadAhead.Read read : reads) {
			ArticleImport article = read.article();
			ImportedArticle existing = imported.get(article.metadata().id());
			if (existing == null || !article.importSha256().equals(existing.importSha256())) {
				writer.write(article, existing);
				written++;
			}
		}
		return written;
	}

	private static void logProgress(int seen, int written, long started) {
		double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
		logger.info("Import: {} sources read, {} articles written, {} sources/s", seen, written,
				Math.round(seen / seconds));
	}

}
