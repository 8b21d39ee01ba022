package org.newsarchive.tag;

import org.newsarchive.browse.CardPage;

/** A tag's page, as its HTML page and its API both answer it: the tag and a page of its articles. */
public record TagPage(TagView tag, CardPage articles) {
}
