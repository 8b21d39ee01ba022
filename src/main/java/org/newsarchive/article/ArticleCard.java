package org.newsarchive.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An article as a list shows it: headline, date, publisher, link. */
public record ArticleCard(long id, String slug, String headline, LocalDate published, String publisher) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	public String permalink() {
		return Permalinks.of(this.published, this.slug);
	}

	public String publishedText() {
		return DATE.format(this.published);
	}

}
