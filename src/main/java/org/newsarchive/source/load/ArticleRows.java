package org.newsarchive.source.load;

import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsarchive.source.Block;
import org.newsarchive.source.QuoteExtractor;
import org.newsarchive.source.Slugs;

/**
 * Writes imported articles with plain JDBC, in SQL that H2 and PostgreSQL both speak.
 * Statements are prepared once per import and reused: an import writes 100,000
 * articles with a few dozen distinct statements. The rows of new articles are queued
 * and written a table at a time, in JDBC batches of many articles (parents before
 * children, as the foreign keys want); call {@link #flush()} before reading them.
 */
class ArticleRows {

	/** How many articles' rows are queued before they are written. */
	static final int ARTICLES_PER_BATCH = 2_000;

	private static final String INSERT_IMAGE = """
			insert into image (id, file_name, media_type, width, height, sha256, variant_of, bytes)
			values (?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_ARTICLE = """
			insert into article (id, slug, published, headline, publisher, original_url, section,
			    source_name, source_sha256, import_sha256, sort_key, summary, thumbnail_id)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_SOURCE = "insert into article_source (article_id, bytes) values (?, ?)";

	private static final String INSERT_TAG = """
			insert into article_tag (article_id, position, tag_slug, sort_key) values (?, ?, ?, ?)""";

	private static final String INSERT_BLOCK = """
			insert into article_block (article_id, position, kind, text, label, credit, image_id, source_line)
			values (?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_MENTION = """
			insert into mention (article_id, position, start_offset, end_offset, person_slug) values (?, ?, ?, ?, ?)""";

	private static final String INSERT_PHOTO_PERSON = """
			insert into photo_person (article_id, position, person_slug, sort_key) values (?, ?, ?, ?)""";

	private static final String INSERT_PERSON_ARTICLE = """
			insert into person_article (person_slug, article_id, sort_key, mentions) values (?, ?, ?, ?)""";

	private static final String INSERT_QUOTE = """
			insert into quote (article_id, position, ordinal, speaker, person_slug, text, sort_key)
			values (?, ?, ?, ?, ?, ?, ?)""";

	private final Statements statements;

	private final BatchWriter batches;

	private int queuedArticles;

	private final Set<String> knownTags = new HashSet<>();

	private final Set<String> knownImages = new HashSet<>();

	private final Set<Long> withdrawnIds = new HashSet<>();

	ArticleRows(Statements statements, BatchWriter batches) {
		this.statements = statements;
		this.batches = batches;
		// Images stay in the order they came: a rendition refers to its original, written first.
		this.batches.declare(INSERT_IMAGE, 0);
		this.batches.declare(INSERT_ARTICLE, 1);
		this.batches.declare(INSERT_SOURCE, 1);
		this.batches.declare(INSERT_TAG, 2);
		this.batches.declare(INSERT_BLOCK, 2);
		this.batches.declare(INSERT_MENTION, 3);
		this.batches.declare(INSERT_PHOTO_PERSON, 3);
		this.batches.declare(INSERT_PERSON_ARTICLE, 2);
		this.batches.declare(INSERT_QUOTE, 3);
	}

	/** Every article the database holds, by id. */
	Map<Long, Imported> imported() throws SQLException {
		Map<Long, Imported> imported = new HashMap<>();
		this.statements.query("select id, import_sha256, published, slug from article", (row) -> imported
			.put(row.getLong(1), new Imported(row.getString(2), row.getDate(3).toLocalDate(), row.getString(4))));
		return imported;
	}

	/** Remembers the images the database holds, so that each is written once. */
	void loadImageIds() throws SQLException {
		this.knownImages.addAll(strings("select id from image"));
	}

	/** Remembers which articles are withdrawn, so that only those are looked for there. */
	void loadWithdrawnIds() throws SQLException {
		strings("select id from withdrawn_article").forEach((id) -> this.withdrawnIds.add(Long.valueOf(id)));
	}

	/**
	 * Writes an article, replacing whatever the database held under its id. A permalink
	 * it leaves behind is kept, to redirect from; a withdrawn article keeps only what
	 * its address needs to say so.
	 * @param existing what the database holds under its id, or null
	 */
	void write(ArticleImport article, Imported existing) throws SQLException {
		long id = article.metadata().id();
		if (existing != null) {
			for (String table : List.of("article_tag", "mention", "photo_person", "quote", "person_article",
					"article_block", "article_source")) {
				update("delete from " + table + " where article_id = ?", id);
			}
			update("delete from article where id = ?", id);
			if (!existing.published().equals(article.metadata().published()) || !existing.slug().equals(article.slug())) {
				keepOldPermalink(existing.published(), existing.slug(), id);
			}
		}
		if (this.withdrawnIds.remove(id)) {
			update("delete from withdrawn_article where id = ?", id);
		}
		if (article.metadata().withdrawn().isPresent()) {
			update("insert into withdrawn_article (id, published, slug, headline, reason) values (?, ?, ?, ?, ?)", id,
					Date.valueOf(article.metadata().published()), article.slug(), article.text().headline(),
					article.metadata().withdrawn().get());
			return;
		}
		for (String previous : article.metadata().previousSlugs()) {
			keepOldPermalink(article.metadata().published(), previous, id);
		}
		for (List<ImageRow> images : article.images().values()) {
			for (ImageRow image : images) {
				insertImageIfAbsent(image);
			}
		}
		insertArticle(article);
		queue(INSERT_SOURCE, id, article.sourceBytes());
		insertTags(article);
		insertBlocks(article);
		insertPeople(article);
		if (++this.queuedArticles >= ARTICLES_PER_BATCH) {
			flush();
		}
	}

	/** Writes the queued rows: a batch a table. */
	void flush() throws SQLException {
		this.batches.flush();
		this.queuedArticles = 0;
	}

	private void queue(String insert, Object... values) {
		this.batches.queue(insert, values);
	}

	private void keepOldPermalink(LocalDate published, String slug, long id) throws SQLException {
		if (count("select count(*) from old_permalink where published = ? and slug = ?", Date.valueOf(published),
				slug) == 0) {
			update("insert into old_permalink (published, slug, article_id) values (?, ?, ?)", Date.valueOf(published),
					slug, id);
		}
	}

	/** Drops images that no article shows any more (renditions first, as they refer to their original). */
	void deleteUnusedImages() throws SQLException {
		update("""
				delete from image where variant_of is not null
				and not exists (select 1 from article_block b where b.image_id = image.variant_of)""");
		update("""
				delete from image where variant_of is null
				and not exists (select 1 from article_block b where b.image_id = image.id)""");
	}

	private void insertArticle(ArticleImport article) throws SQLException {
		queue(INSERT_ARTICLE, article.metadata().id(), article.slug(),
				Date.valueOf(article.metadata().published()), article.text().headline(), article.metadata().publisher(),
				article.metadata().originalUrl().toString(), article.metadata().section().orElse(null),
				article.sourceName(), article.sourceSha256(), article.importSha256(), article.sortKey(),
				summary(article), thumbnail(article));
	}

	/** What a list shows of the article: its first key point, or else its opening paragraph. */
	private static String summary(ArticleImport article) {
		List<Block.Bullet> keyPoints = article.text().keyPoints();
		if (!keyPoints.isEmpty()) {
			return keyPoints.get(0).text();
		}
		return article.text().blocksOf(Block.Paragraph.class).stream().findFirst().map(Block.Paragraph::text)
			.orElse(null);
	}

	/** The narrowest image of the lead photo, for lists. */
	private static String thumbnail(ArticleImport article) {
		return article.images().values().stream().findFirst()
			.map((images) -> images.get((images.size() > 1) ? 1 : 0).id())
			.orElse(null);
	}

	private void insertTags(ArticleImport article) throws SQLException {
		List<String> tags = article.metadata().tags();
		for (int i = 0; i < tags.size(); i++) {
			String slug = Slugs.of(tags.get(i));
			if (this.knownTags.add(slug) && count("select count(*) from tag where slug = ?", slug) == 0) {
				update("insert into tag (slug, name) values (?, ?)", slug, tags.get(i));
			}
			queue(INSERT_TAG, article.metadata().id(), i + 1, slug, article.sortKey());
		}
	}

	private void insertPeople(ArticleImport article) throws SQLException {
		long id = article.metadata().id();
		Map<String, Integer> mentionsByPerson = new LinkedHashMap<>();
		List<Object[]> mentions = new ArrayList<>();
		article.mentions().forEach((position, found) -> found.forEach((mention) -> {
			mentions.add(new Object[] { id, position, mention.start(), mention.end(), mention.person() });
			mentionsByPerson.merge(mention.person(), 1, Integer::sum);
		}));
		List<Object[]> photoPeople = new ArrayList<>();
		article.photoPeople().forEach((position, people) -> people.forEach((person) -> {
			photoPeople.add(new Object[] { id, position, person, article.sortKey() });
			mentionsByPerson.putIfAbsent(person, 0);
		}));
		List<Object[]> personArticles = new ArrayList<>();
		mentionsByPerson.forEach((person, count) -> personArticles.add(new Object[] { person, id, article.sortKey(), count }));
		this.batches.queueAll(INSERT_MENTION, mentions);
		this.batches.queueAll(INSERT_PHOTO_PERSON, photoPeople);
		this.batches.queueAll(INSERT_PERSON_ARTICLE, personArticles);
		insertQuotes(article);
	}

	private void insertQuotes(ArticleImport article) throws SQLException {
		List<Object[]> quotes = new ArrayList<>();
		Map<Integer, Integer> ordinals = new HashMap<>();
		for (QuoteExtractor.Quote quote : article.quotes()) {
			quotes.add(new Object[] { article.metadata().id(), quote.block(), ordinals.merge(quote.block(), 1, Integer::sum),
					quote.speaker(), quote.person().orElse(null), quote.text(), article.sortKey() });
		}
		this.batches.queueAll(INSERT_QUOTE, quotes);
	}

	private void insertImageIfAbsent(ImageRow image) throws SQLException {
		if (this.knownImages.add(image.id())) {
			queue(INSERT_IMAGE, image.id(), image.fileName(), image.mediaType(),
					image.width(), image.height(), image.sha256(), image.variantOf(), image.bytes());
		}
	}

	private void insertBlocks(ArticleImport article) throws SQLException {
		List<Object[]> blocks = new ArrayList<>();
		for (Block block : article.text().blocks()) {
			String imageId = (block instanceof Block.Photo) ? article.images().get(block.number()).get(0).id() : null;
			blocks.add(new Object[] { article.metadata().id(), block.number(), block.kind().name(), block.text(),
					label(block), credit(block), imageId, block.line() });
		}
		this.batches.queueAll(INSERT_BLOCK, blocks);
	}

	private static String label(Block block) {
		return (block instanceof Block.Photo photo) ? photo.label() : null;
	}

	private static String credit(Block block) {
		return (block instanceof Block.Photo photo) ? photo.credit() : null;
	}

	private int count(String sql, Object... values) throws SQLException {
		return this.statements.count(sql, values);
	}

	private int update(String sql, Object... values) throws SQLException {
		return this.statements.update(sql, values);
	}

	private List<String> strings(String sql) throws SQLException {
		return this.statements.strings(sql);
	}

	/** What the database holds of an article: enough to skip it or to redirect from it. */
	record Imported(String importSha256, LocalDate published, String slug) {
	}

}
