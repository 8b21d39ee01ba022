package org.newsarchive.browse;

import org.newsarchive.web.Links;

/** A person an article names, with the page they link to. */
public record PersonLink(String slug, String name, String role) {

	public String url() {
		return Links.person(this.slug);
	}

}
