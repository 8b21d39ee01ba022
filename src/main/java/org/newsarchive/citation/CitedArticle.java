package org.newsarchive.citation;

import java.time.LocalDate;

import org.newsarchive.web.Links;

/** The facts of an article a citation needs, and no more. */
public record CitedArticle(long id, String slug, String headline, String publisher, LocalDate published,
		String section, String originalUrl, String sourceSha256) {

	String permalink() {
		return Links.article(this.published, this.slug);
	}

}
