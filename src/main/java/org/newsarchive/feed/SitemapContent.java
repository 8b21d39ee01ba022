package org.newsarchive.feed;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** What the sitemap lists: the pages to browse the archive by, then its articles by id. */
interface SitemapContent {

	/**
	 * The front page, the tag and people indexes, the date archives, and the page of each
	 * tag and person that has articles, each dated by its newest article.
	 */
	List<SitemapUrl> pages();

	long articleCount();

	/**
	 * The ranges of ids, {@code size} ids wide, that hold articles, in order: range
	 * {@code n} holds the ids from {@code n * size} up to, not including, {@code (n + 1) * size}.
	 */
	List<ArticleRange> articleRanges(int size);

	boolean hasArticles(long fromId, long untilId);

	/** Hands each article's permalink, from {@code fromId} up to, not including, {@code untilId}, in id order. */
	void articles(long fromId, long untilId, Consumer<SitemapUrl> action);

	/** A range of ids that holds articles, dated by its newest. */
	record ArticleRange(long number, LocalDate lastModified) {
	}

}
