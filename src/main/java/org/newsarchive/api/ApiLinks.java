package org.newsarchive.api;

import org.newsarchive.ArchiveProperties;
import org.newsarchive.web.Links;

import org.springframework.stereotype.Component;

/** Absolute links, to the API and to the pages it mirrors: a client may store them. */
@Component
class ApiLinks {

	private final ArchiveProperties archive;

	ApiLinks(ArchiveProperties archive) {
		this.archive = archive;
	}

	String absolute(String path) {
		return this.archive.absolute(path);
	}

	String article(long id) {
		return absolute(Links.apiArticle(id));
	}

	/**
	 * The link to a page of a list, or null when there is none.
	 * @param path the list's path
	 * @param parameter {@code before} or {@code after}
	 * @param cursor the cursor the page starts from, or null
	 */
	String page(String path, String parameter, String cursor) {
		return (cursor != null) ? absolute(path + "?" + parameter + "=" + cursor) : null;
	}

}
