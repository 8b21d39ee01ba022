package org.newsarchive.source.load;

import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsarchive.source.Slugs;

/**
 * Writes imported articles over what the database holds, by the archive's rules: an
 * article replaces whatever its id held, a permalink it leaves behind is kept to
 * redirect from, a withdrawn article keeps only what its address needs to say so, and
 * each image and tag is written once.
 * <p>
 * The rows of new articles are queued and written a table at a time, in JDBC batches
 * of many articles; call {@link #flush()} before reading them. What it holds is bounded
 * by a batch, never by the archive: what the database holds is looked up a few hundred
 * articles (or a batch's images) at a time.
 */
final class ArticleWriter {

	/** How many articles' rows are queued before they are written. */
	static final int ARTICLES_PER_BATCH = 2_000;

	private final Statements statements;

	private final BatchWriter batches;

	private final Checkpoint checkpoint;

	/** How many tag slugs are remembered as written: a bounded cache, as an archive may have a tag an article. */
	static final int KNOWN_TAGS = 10_000;

	/** Tags known to be written; one not among them is looked for in the database. */
	private final Set<String> knownTags = Collections.newSetFromMap(new LinkedHashMap<String, Boolean>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > KNOWN_TAGS;
		}

	});

	/** The images queued since the last flush; those the database holds are left out then. */
	private final Set<String> queuedImages = new HashSet<>();

	/** Of the articles last looked up, those withdrawn. */
	private final Set<Long> withdrawnIds = new HashSet<>();

	private int queuedArticles;

	private final Captures captures;

	/** @param checkpoint reached after each batch of articles is written */
	ArticleWriter(Statements statements, BatchWriter batches, Checkpoint checkpoint) {
		this.statements = statements;
		this.batches = batches;
		this.checkpoint = checkpoint;
		this.captures = new Captures(statements);
		for (ArticleInsert insert : ArticleInsert.values()) {
			batches.declare(insert.sql(), insert.keyLength());
		}
	}

	/**
	 * Looks up what the database holds of some articles (a few hundred, those about to
	 * be written), rather than of every article: remembers which are withdrawn, so that
	 * only those are looked for there.
	 * @return what it holds of each, by id (none for a new or a withdrawn one)
	 */
	Map<Long, ImportedArticle> lookUp(List<Long> ids) throws SQLException {
		this.withdrawnIds.clear();
		this.statements.queryIn("select id from withdrawn_article where id in (?)", ids,
				(row) -> this.withdrawnIds.add(row.getLong(1)));
		Map<Long, ImportedArticle> imported = new HashMap<>();
		this.statements.queryIn("select id, import_sha256, published, slug from article where id in (?)", ids,
				(row) -> imported.put(row.getLong(1),
						new ImportedArticle(row.getString(2), row.getDate(3).toLocalDate(), row.getString(4), false)));
		this.statements.queryIn("select id, import_sha256, published, slug from capture where id in (?)", ids,
				(row) -> imported.put(row.getLong(1),
						new ImportedArticle(row.getString(2), row.getDate(3).toLocalDate(), row.getString(4), true)));
		return imported;
	}

	/**
	 * Writes an article, replacing whatever the database held under its id: as the
	 * article row if it is the newest capture of its original URL (the one it replaces
	 * becomes an earlier capture), else as an earlier capture.
	 * @param existing what the database holds under its id, or null
	 */
	void write(ArticleImport article, ImportedArticle existing) throws SQLException {
		long id = article.metadata().id();
		if (existing != null && existing.capture()) {
			this.captures.delete(id);
		}
		else if (existing != null) {
			for (String table : Captures.ARTICLE_CHILDREN) {
				this.statements.update("delete from " + table + " where article_id = ?", id);
			}
			this.statements.update("delete from article where id = ?", id);
			if (!existing.published().equals(article.metadata().published()) || !existing.slug().equals(article.slug())) {
				keepOldPermalink(existing.published(), existing.slug(), id);
			}
		}
		if (this.withdrawnIds.remove(id)) {
			this.statements.update("delete from withdrawn_article where id = ?", id);
		}
		if (article.metadata().withdrawn().isPresent()) {
			this.statements.update(
					"insert into withdrawn_article (id, published, slug, headline, reason) values (?, ?, ?, ?, ?)", id,
					Date.valueOf(article.metadata().published()), article.slug(), article.text().headline(),
					article.metadata().withdrawn().get());
			return;
		}
		for (String previous : article.metadata().previousSlugs()) {
			keepOldPermalink(article.metadata().published(), previous, id);
		}
		for (List<ImageRow> images : article.images().values()) {
			for (ImageRow image : images) {
				if (this.queuedImages.add(image.id())) {
					this.batches.queue(ArticleInsert.IMAGE.sql(), ArticleRows.image(image));
				}
			}
		}
		Captures.Newest newest = this.captures.newestOf(article.originalKey(), this::flush);
		if (newest != null && newest.archived().compareTo(article.metadata().archived()) > 0) {
			ArticleRows.capture(article).forEach((insert, rows) -> this.batches.queueAll(insert.sql(), rows));
			if (!newest.published().equals(article.metadata().published()) || !newest.slug().equals(article.slug())) {
				// Its own permalink, from when it was the newest, answers with its page.
				keepOldPermalink(article.metadata().published(), article.slug(), id);
			}
			queued();
			return;
		}
		if (newest != null) {
			this.captures.demote(newest.id());
			if (!newest.published().equals(article.metadata().published()) || !newest.slug().equals(article.slug())) {
				keepOldPermalink(newest.published(), newest.slug(), newest.id());
			}
		}
		addNewTags(article.metadata().tags());
		ArticleRows.of(article).forEach((insert, rows) -> this.batches.queueAll(insert.sql(), rows));
		this.captures.queued(article.originalKey());
		queued();
	}

	private void queued() throws SQLException {
		if (++this.queuedArticles >= ARTICLES_PER_BATCH) {
			flush();
		}
	}

	/** Writes the queued rows, but for the images the database already holds (each is written once). */
	void flush() throws SQLException {
		List<Object[]> images = this.batches.queued(ArticleInsert.IMAGE.sql());
		Set<Object> stored = new HashSet<>();
		this.statements.queryIn("select id from image where id in (?)", images.stream().map((row) -> row[0]).toList(),
				(row) -> stored.add(row.getString(1)));
		images.removeIf((row) -> stored.contains(row[0]));
		this.batches.flush();
		this.captures.flushed();
		this.queuedImages.clear();
		this.queuedArticles = 0;
		this.checkpoint.reached();
	}

	/** Drops images that no article or capture shows any more (renditions first, as they refer to their original). */
	void deleteUnusedImages() throws SQLException {
		this.statements.update("""
				delete from image where variant_of is not null
				and not exists (select 1 from article_block b where b.image_id = image.variant_of)
				and not exists (select 1 from capture_block c where c.image_id = image.variant_of)""");
		this.statements.update("""
				delete from image where variant_of is null
				and not exists (select 1 from article_block b where b.image_id = image.id)
				and not exists (select 1 from capture_block c where c.image_id = image.id)""");
	}

	/** Keeps an address the article answered at, to redirect from, unless it is kept already. */
	private void keepOldPermalink(LocalDate published, String slug, long id) throws SQLException {
		if (this.statements.count("select count(*) from old_permalink where published = ? and slug = ?",
				Date.valueOf(published), slug) == 0) {
			this.statements.update("insert into old_permalink (published, slug, article_id) values (?, ?, ?)",
					Date.valueOf(published), slug, id);
		}
	}

	private void addNewTags(List<String> names) throws SQLException {
		for (String name : names) {
			String slug = Slugs.of(name);
			if (this.knownTags.add(slug) && this.statements.count("select count(*) from tag where slug = ?", slug) == 0) {
				this.statements.update("insert into tag (slug, name) values (?, ?)", slug, name);
			}
		}
	}

}
