package org.newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.lucene.index.IndexWriter;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applies an {@link IndexDiff} to a kept index through its writer: stale documents are
 * deleted by their version term, and the new or changed articles read from the database
 * a batch at a time and added. Nothing is visible until the writer commits.
 */
final class IndexUpdate implements IndexDiff.Changes {

	/** Articles read by one query: few enough that the {@code in} list stays short. */
	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final IndexWriter writer;

	private final List<Long> batch = new ArrayList<>(BATCH);

	IndexUpdate(JdbcTemplate jdbc, IndexWriter writer) {
		this.jdbc = jdbc;
		this.writer = writer;
	}

	@Override
	public void reindex(long id) {
		this.batch.add(id);
		if (this.batch.size() == BATCH) {
			flush();
		}
	}

	@Override
	public void delete(ArticleVersion indexed) throws IOException {
		this.writer.deleteDocuments(indexed.term());
	}

	/** Adds the articles of the batch so far. */
	void flush() {
		if (this.batch.isEmpty()) {
			return;
		}
		String in = String.join(", ", Collections.nCopies(this.batch.size(), "?"));
		ArticleDocuments.read(this.jdbc, "a.id in (" + in + ")", this.batch.toArray(), this.writer::addDocument);
		this.batch.clear();
	}

}
