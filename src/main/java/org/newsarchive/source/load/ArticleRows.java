package org.newsarchive.source.load;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsarchive.source.Block;
import org.newsarchive.source.Slugs;

/** Writes imported articles with plain JDBC, in the statements' portable SQL (H2 and PostgreSQL). */
class ArticleRows {

	private final Connection connection;

	private final Set<String> knownTags = new HashSet<>();

	private final Set<String> knownImages = new HashSet<>();

	ArticleRows(Connection connection) {
		this.connection = connection;
	}

	/** The import hash of every article the database holds, by id. */
	Map<Long, String> importHashes() throws SQLException {
		Map<Long, String> hashes = new HashMap<>();
		try (PreparedStatement select = this.connection.prepareStatement("select id, import_sha256 from article");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				hashes.put(rows.getLong(1), rows.getString(2));
			}
		}
		return hashes;
	}

	/** Writes an article, replacing whatever the database held under its id. */
	void replace(ArticleImport article) throws SQLException {
		long id = article.metadata().id();
		for (String table : List.of("article_tag", "article_block", "article_source")) {
			update("delete from " + table + " where article_id = ?", id);
		}
		update("delete from article where id = ?", id);
		insertArticle(article);
		update("insert into article_source (article_id, bytes) values (?, ?)", id, article.sourceBytes());
		insertTags(id, article.metadata().tags());
		for (List<ImageRow> images : article.images().values()) {
			for (ImageRow image : images) {
				insertImageIfAbsent(image);
			}
		}
		insertBlocks(article);
	}

	/** Drops images that no article shows any more (renditions first, as they refer to their original). */
	void deleteUnusedImages() throws SQLException {
		String unused = "not in (select image_id from article_block where image_id is not null)";
		update("delete from image where variant_of is not null and variant_of " + unused);
		update("delete from image where variant_of is null and id " + unused);
	}

	private void insertArticle(ArticleImport article) throws SQLException {
		update("""
				insert into article (id, slug, published, headline, publisher, original_url, section,
				    source_name, source_sha256, import_sha256)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", article.metadata().id(), article.slug(),
				Date.valueOf(article.metadata().published()), article.text().headline(), article.metadata().publisher(),
				article.metadata().originalUrl().toString(), article.metadata().section().orElse(null),
				article.sourceName(), article.sourceSha256(), article.importSha256());
	}

	private void insertTags(long articleId, List<String> tags) throws SQLException {
		for (int i = 0; i < tags.size(); i++) {
			String slug = Slugs.of(tags.get(i));
			if (this.knownTags.add(slug) && count("select count(*) from tag where slug = ?", slug) == 0) {
				update("insert into tag (slug, name) values (?, ?)", slug, tags.get(i));
			}
			update("insert into article_tag (article_id, position, tag_slug) values (?, ?, ?)", articleId, i + 1, slug);
		}
	}

	private void insertImageIfAbsent(ImageRow image) throws SQLException {
		if (this.knownImages.add(image.id()) && count("select count(*) from image where id = ?", image.id()) == 0) {
			update("""
					insert into image (id, file_name, media_type, width, height, sha256, variant_of, bytes)
					values (?, ?, ?, ?, ?, ?, ?, ?)""", image.id(), image.fileName(), image.mediaType(),
					image.width(), image.height(), image.sha256(), image.variantOf(), image.bytes());
		}
	}

	private void insertBlocks(ArticleImport article) throws SQLException {
		try (PreparedStatement insert = this.connection.prepareStatement("""
				insert into article_block (article_id, position, kind, text, label, credit, image_id, source_line)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
			for (Block block : article.text().blocks()) {
				String imageId = (block instanceof Block.Photo)
						? article.images().get(block.number()).get(0).id() : null;
				bind(insert, article.metadata().id(), block.number(), kind(block), text(block), label(block),
						credit(block), imageId, block.line());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static String kind(Block block) {
		if (block instanceof Block.Photo) {
			return "PHOTO";
		}
		return (block instanceof Block.Paragraph) ? "PARAGRAPH"
				: (block instanceof Block.Subheading) ? "SUBHEADING" : "BULLET";
	}

	/** The block's text; for a photo, its caption. */
	private static String text(Block block) {
		if (block instanceof Block.Paragraph paragraph) {
			return paragraph.text();
		}
		if (block instanceof Block.Subheading subheading) {
			return subheading.text();
		}
		if (block instanceof Block.Bullet bullet) {
			return bullet.text();
		}
		return ((Block.Photo) block).caption();
	}

	private static String label(Block block) {
		return (block instanceof Block.Photo photo) ? photo.label() : null;
	}

	private static String credit(Block block) {
		return (block instanceof Block.Photo photo) ? photo.credit() : null;
	}

	private int count(String sql, Object... values) throws SQLException {
		try (PreparedStatement select = this.connection.prepareStatement(sql)) {
			bind(select, values);
			try (ResultSet rows = select.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
	}

	private void update(String sql, Object... values) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			bind(statement, values);
			statement.executeUpdate();
		}
	}

	private static void bind(PreparedStatement statement, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			if (values[i] == null) {
				statement.setNull(i + 1, Types.VARCHAR);
			}
			else if (values[i] instanceof byte[] bytes) {
				statement.setBytes(i + 1, bytes);
			}
			else {
				statement.setObject(i + 1, values[i]);
			}
		}
	}

}
