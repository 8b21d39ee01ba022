package org.newsarchive.article;

/** A person an article names, with the page they link to. */
public record PersonLink(String slug, String name, String role) {

	public String url() {
		return "/people/" + this.slug;
	}

}
