package org.newsarchive.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An article as a list shows it: headline, date, publisher, its first key point or
 * opening, and a thumbnail of its lead photo.
 *
 * @param thumbnailId the lead photo's narrowest image, or null when it has no photo
 */
public record ArticleCard(long id, String slug, String headline, LocalDate published, String publisher,
		String summary, long sortKey, String thumbnailId, String thumbnailName, Integer thumbnailWidth,
		Integer thumbnailHeight) {

	/** The select clause that makes cards, for queries over {@code Article a} left joined to its thumbnail {@code Image i}. */
	public static final String SELECT = "select new org.newsarchive.article.ArticleCard(a.id, a.slug, a.headline,"
			+ " a.published, a.publisher, a.summary, a.sortKey, i.id, i.fileName, i.width, i.height)";

	/** How the archive writes a date for readers: 13 December 2017. */
	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	public String permalink() {
		return Permalinks.of(this.published, this.slug);
	}

	public String publishedText() {
		return DATE.format(this.published);
	}

	public String thumbnailUrl() {
		return (this.thumbnailId != null) ? "/images/" + this.thumbnailId + "/" + this.thumbnailName : null;
	}

	/** The cursor of this card, for the page that continues after or before it. */
	public String cursor() {
		return Cursor.of(this.sortKey).toString();
	}

}
