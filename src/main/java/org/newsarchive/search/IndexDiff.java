package org.newsarchive.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.IndexReader;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What changed between a kept index and the database: both walked side by side in id
 * order, the index's {@link IndexedVersions} beside the database's ids and hashes, read a
 * page at a time. Neither side is held whole, so the walk needs the same memory for a
 * million articles as for ten.
 */
final class IndexDiff {

	/** Short queries, a page each: no statement runs long, and no cursor stays open. */
	private static final int PAGE = 10_000;

	private static final String PAGE_QUERY = "select id, import_sha256 from article where id > ? order by id fetch first "
			+ PAGE + " rows only";

	/** What the walk finds, as it finds it. */
	interface Changes {

		/** Nothing to do; for a walk that only counts. */
		Changes NONE = new Changes() {
		};

		/** The article is new, or changed since it was indexed: it is to be indexed. */
		default void reindex(long id) throws IOException {
		}

		/** The document is stale: its article changed, or it left the archive (withdrawn). */
		default void delete(ArticleVersion indexed) throws IOException {
		}

	}

	/**
	 * @param reindexed articles new or changed
	 * @param deleted documents whose article left the archive
	 */
	record Counts(int reindexed, int deleted) {
	}

	private final JdbcTemplate jdbc;

	private final IndexReader reader;

	IndexDiff(JdbcTemplate jdbc, IndexReader reader) {
		this.jdbc = jdbc;
		this.reader = reader;
	}

	Counts walk(Changes changes) throws IOException {
		IndexedVersions versions = new IndexedVersions(this.reader);
		ArticleVersion indexed = versions.next();
		int reindexed = 0;
		int deleted = 0;
		long after = 0;
		List<ArticleVersion> page;
		do {
			page = page(after);
			for (ArticleVersion current : page) {
				while (indexed != null && indexed.id() < current.id()) {
					changes.delete(indexed);
					deleted++;
					indexed = versions.next();
				}
				boolean unchanged = false;
				if (indexed != null && indexed.id() == current.id()) {
					unchanged = indexed.importSha256().equals(current.importSha256());
					if (!unchanged) {
						changes.delete(indexed);
					}
					indexed = versions.next();
				}
				if (!unchanged) {
					changes.reindex(current.id());
					reindexed++;
				}
			}
			if (!page.isEmpty()) {
				after = page.get(page.size() - 1).id();
			}
		}
		while (page.size() == PAGE);
		for (; indexed != null; indexed = versions.next()) {
			changes.delete(indexed);
			deleted++;
		}
		return new Counts(reindexed, deleted);
	}

	private List<ArticleVersion> page(long after) {
		return this.jdbc.query(PAGE_QUERY, (row, number) -> new ArticleVersion(row.getLong(1), row.getString(2)),
				after);
	}

}
