package org.newsarchive.source.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsarchive.source.SourceFormatException;

/**
 * The ids, permalinks and capture moments the sources of one import claim: an id names
 * one source, a permalink one original URL (its captures may share it), and an original
 * URL is captured once at any one moment; a source claiming what another did stops the
 * import, naming its metadata file and line and the source that claimed it first.
 * <p>
 * The claims are kept in a temporary table of the import's session (emptied when the
 * import ends; a first import commits as it goes, so it outlives a commit), checked and
 * written a chunk of sources at a time: a million sources' claims are the database's to
 * hold, not the heap's.
 */
final class SourceClaims implements AutoCloseable {

	private static final String TABLE = "import_claim";

	private final Statements statements;

	private final BatchWriter batches;

	private final String insert;

	/** Whether the planner must be told the table's size (PostgreSQL never analyses a temporary table by itself). */
	private final boolean analyse;

	private long claimed;

	/** The number of claims at which the table is next analysed: it doubles each time. */
	private long nextAnalysis = 1_000;

	SourceClaims(Connection connection, Statements statements, BatchWriter batches) throws SQLException {
		this.statements = statements;
		this.batches = batches;
		String columns = "(id bigint not null primary key, permalink varchar(300) not null, "
				+ "original_key varchar(2100) not null, archived_second bigint not null, "
				+ "source_name varchar(1000) not null)";
		// A temporary table, kept for the session: H2 must be told not to commit the
		// import's transaction to make it. A pooled session may hold one left by an import
		// that failed: it is emptied here.
		this.analyse = Statements.isPostgres(connection);
		if (this.analyse) {
			this.statements.update("create temporary table if not exists " + TABLE + " " + columns);
		}
		else {
			this.statements.update("create local temporary table if not exists " + TABLE + " " + columns + " transactional");
		}
		this.statements.update("create index if not exists " + TABLE + "_permalink on " + TABLE + " (permalink)");
		this.statements.update("create index if not exists " + TABLE + "_original_key on " + TABLE + " (original_key)");
		this.statements.update("delete from " + TABLE);
		this.insert = "insert into " + TABLE
				+ " (id, permalink, original_key, archived_second, source_name) values (?, ?, ?, ?, ?)";
	}

	/**
	 * Claims the ids and permalinks of some sources, in their order: fails on the first
	 * that an earlier source, of these or of an earlier chunk, claimed.
	 */
	void claim(List<ReadAhead.Read> reads) throws SQLException {
		Map<Object, String> owners = new HashMap<>();
		Map<String, String> permalinkKeys = new HashMap<>();
		List<Object> ids = new ArrayList<>();
		List<Object> permalinks = new ArrayList<>();
		List<Object> keys = new ArrayList<>();
		for (ReadAhead.Read read : reads) {
			ids.add(read.article().metadata().id());
			permalinks.add(read.article().permalink());
			keys.add(read.article().originalKey());
		}
		this.statements.queryIn("select id, source_name from " + TABLE + " where id in (?)", ids,
				(row) -> owners.put(row.getLong(1), row.getString(2)));
		this.statements.queryIn("select permalink, original_key, source_name from " + TABLE + " where permalink in (?)",
				permalinks, (row) -> {
					owners.put(row.getString(1), row.getString(3));
					permalinkKeys.put(row.getString(1), row.getString(2));
				});
		this.statements.queryIn("select original_key, archived_second, source_name from " + TABLE
				+ " where original_key in (?)", keys,
				(row) -> owners.put(new Moment(row.getString(1), row.getLong(2)), row.getString(3)));
		List<Object[]> rows = new ArrayList<>();
		for (ReadAhead.Read read : reads) {
			ArticleImport article = read.article();
			check(owners, article.metadata().id(), read.source(), article.metadata().lineOf("id"), "the id");
			// Captures of one original URL may share a permalink; other articles may not.
			String key = permalinkKeys.putIfAbsent(article.permalink(), article.originalKey());
			if (key != null && !key.equals(article.originalKey())) {
				check(owners, article.permalink(), read.source(), article.metadata().lineOf("published"),
						"the permalink");
			}
			owners.putIfAbsent(article.permalink(), read.source().name());
			long second = article.metadata().archived().instant().getEpochSecond();
			check(owners, new Moment(article.originalKey(), second), read.source(), article.metadata().lineOf("archived"),
					article.metadata().originalUrl() + " is captured at " + article.metadata().archived().iso());
			rows.add(new Object[] { article.metadata().id(), article.permalink(), article.originalKey(), second,
					read.source().name() });
		}
		this.batches.batch(this.insert, rows);
		this.claimed += rows.size();
		if (this.analyse && this.claimed >= this.nextAnalysis) {
			// Without statistics PostgreSQL reads the whole table for each lookup: at
			// 100,000 claims the import crawled at 130 sources a second. Analysing as the
			// table doubles keeps the index lookups planned, at a cost linear in all.
			this.statements.update("analyze " + TABLE);
			this.nextAnalysis *= 2;
		}
	}

	/** Fails if the key (an id, a permalink, a moment) belongs to another source already. */
	private static void check(Map<Object, String> owners, Object key, SourceFile source, int line, String what) {
		String owner = owners.putIfAbsent(key, source.name());
		if (owner != null) {
			throw new SourceFormatException(source.metadataName(), line, (key instanceof Moment)
					? what + " by " + owner + " already: two captures of one original URL are taken at different moments"
					: what + " " + key + " already belongs to " + owner);
		}
	}

	/** An original URL (its key) at one moment, to the second: at most one capture each. */
	private record Moment(String originalKey, long second) {
	}

	/** Empties the claims, for the pooled session may serve another import. */
	@Override
	public void close() throws SQLException {
		this.statements.update("delete from " + TABLE);
	}

}
