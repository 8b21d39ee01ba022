package org.newsarchive.source.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsarchive.source.SourceFormatException;

/**
 * The ids and permalinks the sources of one import claim: each must name one article,
 * so a second source claiming either stops the import, naming its metadata file and
 * line and the source that claimed it first.
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
		String columns = "(id bigint not null primary key, permalink varchar(300) not null unique, "
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
		this.statements.update("delete from " + TABLE);
		this.insert = "insert into " + TABLE + " (id, permalink, source_name) values (?, ?, ?)";
	}

	/**
	 * Claims the ids and permalinks of some sources, in their order: fails on the first
	 * that an earlier source, of these or of an earlier chunk, claimed.
	 */
	void claim(List<ReadAhead.Read> reads) throws SQLException {
		Map<Object, String> owners = new HashMap<>();
		List<Object> ids = new ArrayList<>();
		List<Object> permalinks = new ArrayList<>();
		for (ReadAhead.Read read : reads) {
			ids.add(read.article().metadata().id());
			permalinks.add(read.article().permalink());
		}
		this.statements.queryIn("select id, source_name from " + TABLE + " where id in (?)", ids,
				(row) -> owners.put(row.getLong(1), row.getString(2)));
		this.statements.queryIn("select permalink, source_name from " + TABLE + " where permalink in (?)", permalinks,
				(row) -> owners.put(row.getString(1), row.getString(2)));
		List<Object[]> rows = new ArrayList<>();
		for (ReadAhead.Read read : reads) {
			ArticleImport article = read.article();
			check(owners, article.metadata().id(), read.source(), article.metadata().lineOf("id"), "id");
			check(owners, article.permalink(), read.source(), article.metadata().lineOf("published"), "permalink");
			rows.add(new Object[] { article.metadata().id(), article.permalink(), read.source().name() });
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

	/** Fails if the key (an id, a Long, or a permalink, a String) belongs to another source already. */
	private static void check(Map<Object, String> owners, Object key, SourceFile source, int line, String what) {
		String owner = owners.putIfAbsent(key, source.name());
		if (owner != null) {
			throw new SourceFormatException(source.metadataName(), line,
					"the " + what + " " + key + " already belongs to " + owner);
		}
	}

	/** Empties the claims, for the pooled session may serve another import. */
	@Override
	public void close() throws SQLException {
		this.statements.update("delete from " + TABLE);
	}

}
