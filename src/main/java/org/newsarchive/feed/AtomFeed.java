package org.newsarchive.feed;

import java.util.List;

import org.newsarchive.browse.ArticleCard;

/**
 * An Atom feed of articles: newest first, or in the order a search asks for.
 *
 * @param path the feed's own path: made absolute, its id and its self link
 * @param title the feed's title
 * @param pagePath the path of the HTML page the feed follows
 * @param category the tag every entry is filed under, or null
 * @param entries the articles, newest first unless a search's feed asks for another order
 */
record AtomFeed(String path, String title, String pagePath, Category category, List<ArticleCard> entries) {

	/** A tag as Atom files an entry under it: its slug is the term, its name the label. */
	record Category(String term, String label) {
	}

}
