package org.newsarchive.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * An article as its page shows it. Templates see this, never the entities.
 *
 * @param body the body in source order, bullets grouped into lists
 */
public record ArticleView(long id, String slug, String headline, LocalDate published, String publisher,
		String originalUrl, String section, String sourceSha256, List<TagLink> tags, List<BodyElement> body) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	/** The publication date as readers write it: 13 December 2017. */
	public String publishedText() {
		return DATE.format(this.published);
	}

	public String permalink() {
		return Permalinks.of(this.published, this.slug);
	}

	public String shortLink() {
		return Permalinks.shortLink(this.id);
	}

	public String sourceUrl() {
		return permalink() + "/source.txt";
	}

	/** A tag of the article, with the page it links to. */
	public record TagLink(String name, String slug) {

		public String url() {
			return "/tags/" + this.slug;
		}

	}

}
