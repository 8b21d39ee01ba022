package org.newsarchive.browse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.newsarchive.web.Links;

/**
 * An article as a list shows it: headline, date, publisher, its first key point or
 * opening, and a thumbnail of its lead photo.
 *
 * @param thumbnailId the lead photo's narrowest image, or null when it has no photo
 */
public record ArticleCard(long id, String slug, String headline, LocalDate published, String publisher,
		String summary, long sortKey, String thumbnailId, String thumbnailName, Integer thumbnailWidth,
		Integer thumbnailHeight) {

	/** The card's columns, for queries over {@code Article a} left joined to its thumbnail {@code Image i}. */
	static final String COLUMNS = "a.id, a.slug, a.headline, a.published, a.publisher, a.summary, a.sortKey,"
			+ " i.id, i.fileName, i.width, i.height";

	/** How the archive writes a date for readers: 13 December 2017. */
	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	public String permalink() {
		return Links.article(this.published, this.slug);
	}

	public String publishedText() {
		return DATE.format(this.published);
	}

	public String thumbnailUrl() {
		return (this.thumbnailId != null) ? Links.image(this.thumbnailId, this.thumbnailName) : null;
	}

	/** The cursor of this card, for the page that continues after or before it. */
	public String cursor() {
		return Cursor.of(this.sortKey).toString();
	}

}
