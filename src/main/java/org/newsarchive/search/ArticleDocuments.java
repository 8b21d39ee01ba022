package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.document.Document;
import org.newsarchive.schema.BlockKind;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads articles' index documents from the database: one query whose rows are the
 * articles' blocks in article order, made into one document an article as they stream by.
 * A build reads every article so; an update only the ones that changed.
 */
final class ArticleDocuments {

	/** The query's start: a caller adds its condition, if any, and {@link #ORDER}. */
	static final String SELECT = """
			select a.id, a.import_sha256, a.headline, b.kind, b.text, b.label, b.credit from article a
			join article_block b on b.article_id = a.id""";

	static final String ORDER = " order by a.id, b.position";

	/** Where each document goes. */
	interface Sink {

		void accept(Document document) throws IOException;

	}

	private ArticleDocuments() {
	}

	/**
	 * Runs the query and hands each article's document to the sink once its last block
	 * is read: only one article is held at a time.
	 * @return how many articles were read
	 */
	static int read(JdbcTemplate jdbc, String sql, Object[] arguments, Sink sink) {
		IndexedArticle[] current = { null };
		int[] count = { 0 };
		jdbc.query(sql, (row) -> {
			long id = row.getLong(1);
			if (current[0] == null || current[0].id() != id) {
				write(sink, current[0]);
				current[0] = new IndexedArticle(id, row.getString(2), row.getString(3));
				count[0]++;
			}
			current[0].add(BlockKind.valueOf(row.getString(4)), row.getString(5), row.getString(6), row.getString(7));
		}, arguments);
		write(sink, current[0]);
		return count[0];
	}

	private static void write(Sink sink, IndexedArticle article) {
		if (article != null) {
			try {
				sink.accept(article.document());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
