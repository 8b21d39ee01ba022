package org.newsarchive.source.load;

/**
 * The inserts an article is written with, in the order they are written: every row's
 * parents first, as the foreign keys want. {@link ArticleRows} gives their values in
 * the order of their columns.
 */
enum ArticleInsert {

	/** In the order the images came: a rendition refers to its original, written first. */
	IMAGE("""
			insert into image (id, file_name, media_type, width, height, sha256, variant_of, bytes)
			values (?, ?, ?, ?, ?, ?, ?, ?)""", 0),

	ARTICLE("""
			insert into article (id, slug, published, headline, publisher, original_url, section,
			    source_name, source_sha256, import_sha256, sort_key, summary, thumbnail_id, archived, month_day, original_key)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", 1),

	SOURCE("insert into article_source (article_id, bytes) values (?, ?)", 1),

	TAG("""
			insert into article_tag (article_id, position, tag_slug, sort_key) values (?, ?, ?, ?)""", 2),

	BLOCK("""
			insert into article_block (article_id, position, kind, text, label, credit, image_id, source_line)
			values (?, ?, ?, ?, ?, ?, ?, ?)""", 2),

	MENTION("""
			insert into mention (article_id, position, start_offset, end_offset, person_slug) values (?, ?, ?, ?, ?)""",
			3),

	PHOTO_PERSON("""
			insert into photo_person (article_id, position, person_slug, sort_key) values (?, ?, ?, ?)""", 3),

	PERSON_ARTICLE("""
			insert into person_article (person_slug, article_id, sort_key, mentions) values (?, ?, ?, ?)""", 2),

	QUOTE("""
			insert into quote (article_id, position, ordinal, speaker, person_slug, text, sort_key)
			values (?, ?, ?, ?, ?, ?, ?)""", 3),

	/** An earlier capture of an original URL: written after the images its blocks show. */
	CAPTURE("""
			insert into capture (id, original_key, archived, published, slug, headline, publisher, original_url, section,
			    source_name, source_sha256, import_sha256)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", 1),

	CAPTURE_SOURCE("insert into capture_source (capture_id, bytes) values (?, ?)", 1),

	CAPTURE_BLOCK("""
			insert into capture_block (capture_id, position, kind, text, label, credit, image_id, source_line)
			values (?, ?, ?, ?, ?, ?, ?, ?)""", 2);

	private final String sql;

	private final int keyLength;

	ArticleInsert(String sql, int keyLength) {
		this.sql = sql;
		this.keyLength = keyLength;
	}

	String sql() {
		return this.sql;
	}

	/** How many leading values of a row make its primary key (0: none the batch is sorted by). */
	int keyLength() {
		return this.keyLength;
	}

}
