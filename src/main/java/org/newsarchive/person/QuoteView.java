package org.newsarchive.person;

import java.time.LocalDate;

import org.newsarchive.article.Permalinks;

/** A direct quote, linking to the paragraph it stands in. */
public record QuoteView(String text, int position, LocalDate published, String slug, String headline) {

	public String url() {
		return Permalinks.of(this.published, this.slug) + "#p" + this.position;
	}

}
