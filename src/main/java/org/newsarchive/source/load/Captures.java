package org.newsarchive.source.load;

import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsarchive.schema.CaptureDate;

/**
 * The captures of an original URL, as the import keeps them: the newest is the article
 * row, as every list, count, feed and the search index know it; each earlier one is a
 * row of {@code capture}, with its source byte for byte and its blocks, under its own id.
 * <p>
 * Which capture is the newest is decided as each source is written, against what the
 * database holds under its original URL: a later capture takes the article row and the
 * one it replaces moves to {@code capture}, rows copied by SQL. What it holds is bounded
 * by a batch: the original URLs of the articles queued since the last flush.
 */
final class Captures {

	/** The tables an article row's content lives in, children first, as {@link ArticleWriter} deletes them. */
	static final List<String> ARTICLE_CHILDREN = List.of("article_tag", "mention", "photo_person", "quote",
			"person_article", "article_block", "article_source");

	private final Statements statements;

	/** The original URLs of the articles queued and not yet written: asking the database of those flushes first. */
	private final Set<String> queuedKeys = new HashSet<>();

	Captures(Statements statements) {
		this.statements = statements;
	}

	/**
	 * The article row that is the newest capture of an original URL, or null.
	 * @param flush writes what is queued, when the row may be among it
	 */
	Newest newestOf(String originalKey, Flush flush) throws SQLException {
		if (this.queuedKeys.contains(originalKey)) {
			flush.run();
		}
		List<Newest> found = new ArrayList<>(1);
		this.statements.queryFor("select id, archived, published, slug from article where original_key = ?",
				(row) -> found.add(new Newest(row.getLong(1), CaptureDate.parse(row.getString(2)),
						row.getDate(3).toLocalDate(), row.getString(4))),
				originalKey);
		return found.isEmpty() ? null : found.get(0);
	}

	/** Remembers that an article of this original URL is queued. */
	void queued(String originalKey) {
		this.queuedKeys.add(originalKey);
	}

	/** Forgets the queued original URLs, once they are written. */
	void flushed() {
		this.queuedKeys.clear();
	}

	/** Moves an article row, with its source and blocks, to the earlier captures: a later capture takes its place. */
	void demote(long id) throws SQLException {
		this.statements.update("""
				insert into capture (id, original_key, archived, published, slug, headline, publisher, original_url,
				    section, source_name, source_sha256, import_sha256)
				select id, original_key, archived, published, slug, headline, publisher, original_url, section,
				    source_name, source_sha256, import_sha256
				from article where id = ?""", id);
		this.statements.update("insert into capture_source (capture_id, bytes) select article_id, bytes from article_source where article_id = ?", id);
		this.statements.update("""
				insert into capture_block (capture_id, position, kind, text, label, credit, image_id, source_line)
				select article_id, position, kind, text, label, credit, image_id, source_line
				from article_block where article_id = ?""", id);
		for (String table : ARTICLE_CHILDREN) {
			this.statements.update("delete from " + table + " where article_id = ?", id);
		}
		this.statements.update("delete from article where id = ?", id);
	}

	/** Deletes an earlier capture, to write it again. */
	void delete(long id) throws SQLException {
		this.statements.update("delete from capture_block where capture_id = ?", id);
		this.statements.update("delete from capture_source where capture_id = ?", id);
		this.statements.update("delete from capture where id = ?", id);
	}

	/** The article row that is an original URL's newest capture. */
	record Newest(long id, CaptureDate archived, LocalDate published, String slug) {

		Date publishedDate() {
			return Date.valueOf(this.published);
		}

	}

	/** Writes the queued rows. */
	@FunctionalInterface
	interface Flush {

		void run() throws SQLException;

	}

}
