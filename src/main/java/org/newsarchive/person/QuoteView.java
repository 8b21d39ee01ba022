package org.newsarchive.person;

import java.time.LocalDate;

import org.newsarchive.web.Links;

/** A direct quote, linking to the paragraph it stands in. */
public record QuoteView(String text, int position, LocalDate published, String slug, String headline) {

	public String url() {
		return Links.block(this.published, this.slug, this.position);
	}

}
