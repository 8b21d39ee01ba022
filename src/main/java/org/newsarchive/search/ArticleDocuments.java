package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.newsarchive.schema.BlockKind;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads articles' index documents from the database, a batch of articles at a time:
 * their tags, people and people's names first (a batch's worth, never the archive's), then one query
 * whose rows are the articles' blocks in article order, made into one document an
 * article as they stream by. A build reads every article so, batch after batch; an
 * update only the ones that changed, so both write the same documents.
 */
final class ArticleDocuments {

	private static final String BLOCKS = """
			select a.id, a.import_sha256, a.headline, a.published, a.sort_key, a.section, a.publisher,
			b.kind, b.text, b.label, b.credit from article a
			join article_block b on b.article_id = a.id where %s order by a.id, b.position""";

	private static final String TAGS = """
			select a.id, t.tag_slug from article a join article_tag t on t.article_id = a.id
			where %s order by a.id, t.position""";

	private static final String PEOPLE = """
			select a.id, p.person_slug from article a join person_article p on p.article_id = a.id
			where %s order by a.id, p.person_slug""";

	private static final String NAMES = """
			select a.id, n.name from article a join person_article p on p.article_id = a.id
			join person_name n on n.person_slug = p.person_slug where %s order by a.id, n.name""";

	/** Where each document goes. */
	interface Sink {

		void accept(Document document) throws IOException;

	}

	private ArticleDocuments() {
	}

	/**
	 * Reads the articles the condition (on {@code a}, the article) chooses, and hands
	 * each one's document to the sink once its last block is read: a caller keeps the
	 * condition to a batch, whose tags and people are all that is held.
	 * @return how many articles were read
	 */
	static int read(JdbcTemplate jdbc, String condition, Object[] arguments, Sink sink) {
		Map<Long, List<String>> tags = values(jdbc, TAGS.formatted(condition), arguments);
		Map<Long, List<String>> people = values(jdbc, PEOPLE.formatted(condition), arguments);
		Map<Long, List<String>> names = values(jdbc, NAMES.formatted(condition), arguments);
		IndexedArticle[] current = { null };
		int[] count = { 0 };
		jdbc.query(BLOCKS.formatted(condition), (row) -> {
			long id = row.getLong(1);
			if (current[0] == null || current[0].id() != id) {
				write(sink, current[0]);
				current[0] = new IndexedArticle(id, row.getString(2), row.getString(3),
						row.getDate(4).toLocalDate(), row.getLong(5), row.getString(6), row.getString(7));
				tags.getOrDefault(id, List.of()).forEach(current[0]::tag);
				people.getOrDefault(id, List.of()).forEach(current[0]::person);
				names.getOrDefault(id, List.of()).forEach(current[0]::name);
				count[0]++;
			}
			current[0].add(BlockKind.valueOf(row.getString(8)), row.getString(9), row.getString(10),
					row.getString(11));
		}, arguments);
		write(sink, current[0]);
		return count[0];
	}

	private static Map<Long, List<String>> values(JdbcTemplate jdbc, String sql, Object[] arguments) {
		Map<Long, List<String>> values = new HashMap<>();
		jdbc.query(sql, (row) -> {
			values.computeIfAbsent(row.getLong(1), (id) -> new ArrayList<>()).add(row.getString(2));
		}, arguments);
		return values;
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
