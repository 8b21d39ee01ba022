package org.newsarchive.feed;

import java.time.LocalDate;

/**
 * A page a sitemap lists.
 *
 * @param path the page's path, made absolute as the sitemap is written
 * @param lastModified the date of its newest article, or null when it has none to go by
 */
record SitemapUrl(String path, LocalDate lastModified) {
}
