package org.newsarchive.source.load;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.newsarchive.schema.CoverageKind;
import org.newsarchive.schema.SortKey;

/**
 * Recounts what the list pages show: articles per tag and per person, and articles per
 * month for the coverage charts. Done once per import, so no page ever counts.
 * <p>
 * Counted in one pass over each list's (key, sort key) rows, in the order of its index
 * (key, then sort key): the sort key holds the publication day, so no row of
 * {@code article} need be read (joining 100,000 articles to each of their tags and
 * people took minutes), and a key's months come one after the other. So it holds one
 * key's count and one month's at a time, and writes the counts
 * {@value #ROWS_PER_BATCH} rows a batch: nothing that grows with the archive, nor with
 * its tags.
 */
final class Recount {

	static final int ROWS_PER_BATCH = 2_000;

	private static final String COVERAGE = "insert into coverage (kind, key_slug, year_number, month_number, articles) values (?, ?, ?, ?, ?)";

	private final Statements statements;

	private final BatchWriter batches;

	Recount(Statements statements, BatchWriter batches) {
		this.statements = statements;
		this.batches = batches;
	}

	void run() throws SQLException {
		this.statements.update("update tag set article_count = 0 where article_count <> 0");
		this.statements
			.update("update person set article_count = 0, mention_count = 0 where article_count <> 0 or mention_count <> 0");
		this.statements.update("delete from coverage");
		Rows coverage = new Rows(COVERAGE);
		count("select '', sort_key, 0 from article order by sort_key", CoverageKind.ALL, coverage, null);
		count("select tag_slug, sort_key, 0 from article_tag order by tag_slug, sort_key", CoverageKind.TAG, coverage,
				new Rows("update tag set article_count = ? where slug = ?"));
		count("select person_slug, sort_key, mentions from person_article order by person_slug, sort_key",
				CoverageKind.PERSON, coverage,
				new Rows("update person set article_count = ?, mention_count = ? where slug = ?"));
		coverage.write();
	}

	/**
	 * Counts a list's rows (key, sort key, mentions), in key order: each key's months go
	 * to the coverage, and its counts to the updates, if any.
	 */
	private void count(String select, CoverageKind kind, Rows coverage, Rows updates) throws SQLException {
		Count count = new Count(kind, coverage, updates);
		this.statements.query(select, (row) -> count.add(row.getString(1), row.getLong(2), row.getLong(3)));
		count.end();
		if (updates != null) {
			updates.write();
		}
	}

	/** The running count of one key: its articles and mentions, and its current month's articles. */
	private final class Count {

		private final CoverageKind kind;

		private final Rows coverage;

		private final Rows updates;

		private String key;

		private int articles;

		private long mentions;

		private YearMonth month;

		private int monthArticles;

		Count(CoverageKind kind, Rows coverage, Rows updates) {
			this.kind = kind;
			this.coverage = coverage;
			this.updates = updates;
		}

		void add(String key, long sortKey, long mentions) throws SQLException {
			YearMonth month = YearMonth.from(SortKey.published(sortKey));
			if (!Objects.equals(key, this.key)) {
				end();
				this.key = key;
			}
			else if (!month.equals(this.month)) {
				endMonth();
			}
			this.month = month;
			this.monthArticles++;
			this.articles++;
			this.mentions += mentions;
		}

		/** Ends the current key: its last month, and its counts. */
		void end() throws SQLException {
			if (this.key == null) {
				return;
			}
			endMonth();
			if (this.updates != null) {
				this.updates.add((this.kind == CoverageKind.PERSON)
						? new Object[] { this.articles, (int) this.mentions, this.key }
						: new Object[] { this.articles, this.key });
			}
			this.key = null;
			this.articles = 0;
			this.mentions = 0;
		}

		private void endMonth() throws SQLException {
			this.coverage.add(new Object[] { this.kind.name(), this.key, this.month.getYear(), this.month.getMonthValue(),
					this.monthArticles });
			this.monthArticles = 0;
		}

	}

	/** Rows of one statement, written a batch at a time. */
	private final class Rows {

		private final String sql;

		private final List<Object[]> queued = new ArrayList<>();

		Rows(String sql) {
			this.sql = sql;
		}

		void add(Object[] row) throws SQLException {
			this.queued.add(row);
			if (this.queued.size() >= ROWS_PER_BATCH) {
				write();
			}
		}

		void write() throws SQLException {
			Recount.this.batches.batch(this.sql, this.queued);
			this.queued.clear();
		}

	}

}
