package org.newsarchive.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What a page says of itself, built once by its controller: the layout renders the
 * title and description into {@code <head>}, {@link PageMetadata} the same values into
 * its JSON-LD, so that the two cannot differ.
 *
 * @param type the schema.org type of the page: WebPage, CollectionPage, ProfilePage...
 * @param title the page's name, without the site's
 * @param description one or two sentences for search results and link previews
 * @param path the page's path, for its canonical URL and last breadcrumb
 * @param trail the breadcrumbs between the front page and this page
 */
public record PageMeta(String type, String title, String description, String path, List<Crumb> trail) {

	static final String SITE = "News Archive";

	public PageMeta {
		trail = List.copyOf(trail);
	}

	public static PageMeta of(String type, String title, String description, String path) {
		return new PageMeta(type, title, description, path, List.of());
	}

	/** The same page, one level further down: below the page named {@code name} at {@code path}. */
	public PageMeta under(String name, String path) {
		List<Crumb> trail = new ArrayList<>(this.trail);
		trail.add(new Crumb(name, path));
		return new PageMeta(this.type, this.title, this.description, this.path, trail);
	}

	/** The document's title: the page's, then the site's. */
	public String documentTitle() {
		return this.title + " · " + SITE;
	}

	/** A breadcrumb: a page's name and path. */
	public record Crumb(String name, String path) {
	}

}
