package org.newsarchive.source.load;

import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsarchive.schema.CalendarDay;
import org.newsarchive.source.Block;
import org.newsarchive.source.Metadata;
import org.newsarchive.source.QuoteExtractor;
import org.newsarchive.source.Slugs;

/**
 * The rows one article is written as, insert by insert, each row's values in the order
 * of its insert's columns. Made from the article alone, with no database: what the
 * database already holds is {@link ArticleWriter}'s to weigh.
 */
final class ArticleRows {

	private ArticleRows() {
	}

	/**
	 * The rows of every insert but {@link ArticleInsert#IMAGE}: an image is written once,
	 * however many articles show it (see {@link #image}).
	 */
	static Map<ArticleInsert, List<Object[]>> of(ArticleImport article) {
		Map<ArticleInsert, List<Object[]>> rows = new EnumMap<>(ArticleInsert.class);
		rows.put(ArticleInsert.ARTICLE, List.<Object[]>of(article(article)));
		rows.put(ArticleInsert.SOURCE, List.<Object[]>of(new Object[] { article.metadata().id(), article.sourceBytes() }));
		rows.put(ArticleInsert.TAG, tags(article));
		rows.put(ArticleInsert.BLOCK, blocks(article));
		people(article, rows);
		rows.put(ArticleInsert.QUOTE, quotes(article));
		return rows;
	}

	/**
	 * The rows of an earlier capture: its facts, its source and its blocks, which its page
	 * shows. Its tags and the people it names are the newest capture's to list.
	 */
	static Map<ArticleInsert, List<Object[]>> capture(ArticleImport article) {
		Metadata metadata = article.metadata();
		Map<ArticleInsert, List<Object[]>> rows = new EnumMap<>(ArticleInsert.class);
		rows.put(ArticleInsert.CAPTURE, List.<Object[]>of(new Object[] { metadata.id(), article.originalKey(),
				metadata.archived().iso(), Date.valueOf(metadata.published()), article.slug(), article.text().headline(),
				metadata.publisher(), metadata.originalUrl().toString(), metadata.section().orElse(null),
				article.sourceName(), article.sourceSha256(), article.importSha256() }));
		rows.put(ArticleInsert.CAPTURE_SOURCE, List.<Object[]>of(new Object[] { metadata.id(), article.sourceBytes() }));
		rows.put(ArticleInsert.CAPTURE_BLOCK, blocks(article));
		return rows;
	}

	static Object[] image(ImageRow image) {
		return new Object[] { image.id(), image.fileName(), image.mediaType(), image.width(), image.height(),
				image.sha256(), image.variantOf(), image.bytes() };
	}

	private static Object[] article(ArticleImport article) {
		return new Object[] { article.metadata().id(), article.slug(), Date.valueOf(article.metadata().published()),
				article.text().headline(), article.metadata().publisher(), article.metadata().originalUrl().toString(),
				article.metadata().section().orElse(null), article.sourceName(), article.sourceSha256(),
				article.importSha256(), article.sortKey(), summary(article), thumbnail(article),
				article.metadata().archived().iso(), CalendarDay.of(article.metadata().published()), article.originalKey() };
	}

	/** What a list shows of the article: its first key point, or else its opening paragraph. */
	static String summary(ArticleImport article) {
		List<Block.Bullet> keyPoints = article.text().keyPoints();
		if (!keyPoints.isEmpty()) {
			return keyPoints.get(0).text();
		}
		return article.text().blocksOf(Block.Paragraph.class).stream().findFirst().map(Block.Paragraph::text)
			.orElse(null);
	}

	/** The narrowest image of the lead photo, for lists. */
	static String thumbnail(ArticleImport article) {
		return article.images().values().stream().findFirst()
			.map((images) -> images.get((images.size() > 1) ? 1 : 0).id())
			.orElse(null);
	}

	private static List<Object[]> tags(ArticleImport article) {
		List<String> tags = article.metadata().tags();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < tags.size(); i++) {
			rows.add(new Object[] { article.metadata().id(), i + 1, Slugs.of(tags.get(i)), article.sortKey() });
		}
		return rows;
	}

	private static List<Object[]> blocks(ArticleImport article) {
		List<Object[]> rows = new ArrayList<>();
		for (Block block : article.text().blocks()) {
			String imageId = (block instanceof Block.Photo) ? article.images().get(block.number()).get(0).id() : null;
			String label = (block instanceof Block.Photo photo) ? photo.label() : null;
			String credit = (block instanceof Block.Photo photo) ? photo.credit() : null;
			rows.add(new Object[] { article.metadata().id(), block.number(), block.kind().name(), block.text(), label,
					credit, imageId, block.line() });
		}
		return rows;
	}

	/**
	 * The people the article names, in its text and in its photos' labels, and the row
	 * that puts it on each one's list, with how often their text names them.
	 */
	private static void people(ArticleImport article, Map<ArticleInsert, List<Object[]>> rows) {
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
		mentionsByPerson
			.forEach((person, count) -> personArticles.add(new Object[] { person, id, article.sortKey(), count }));
		rows.put(ArticleInsert.MENTION, mentions);
		rows.put(ArticleInsert.PHOTO_PERSON, photoPeople);
		rows.put(ArticleInsert.PERSON_ARTICLE, personArticles);
	}

	/** The direct quotes, numbered from 1 within each paragraph. */
	private static List<Object[]> quotes(ArticleImport article) {
		List<Object[]> rows = new ArrayList<>();
		Map<Integer, Integer> ordinals = new HashMap<>();
		for (QuoteExtractor.Quote quote : article.quotes()) {
			rows.add(new Object[] { article.metadata().id(), quote.block(), ordinals.merge(quote.block(), 1, Integer::sum),
					quote.speaker(), quote.person().orElse(null), quote.text(), article.sortKey() });
		}
		return rows;
	}

}
