package org.newsarchive.tag;

import org.newsarchive.web.Links;

/** A tag as pages show it. */
public record TagView(String slug, String name, int articleCount) {

	public String url() {
		return Links.tag(this.slug);
	}

}
