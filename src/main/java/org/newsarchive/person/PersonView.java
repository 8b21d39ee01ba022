package org.newsarchive.person;

import org.newsarchive.web.Links;

/** A person as pages show them. */
public record PersonView(String slug, String name, String role, int articleCount, int mentionCount) {

	public String url() {
		return Links.person(this.slug);
	}

}
