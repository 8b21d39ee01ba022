package org.newsarchive.browse;

import org.newsarchive.web.Links;

/** A tag as an article shows it: its name, linking to the tag's page. */
public record TagLink(String name, String slug) {

	public String url() {
		return Links.tag(this.slug);
	}

}
