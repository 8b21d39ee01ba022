package org.newsarchive.feed;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.function.UnaryOperator;

import org.newsarchive.ArchiveProperties;
import org.newsarchive.browse.ArticleCard;
import org.newsarchive.web.Links;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes Atom 1.0 (RFC 4287). An entry's id is the article's short link, which never
 * changes, rather than its permalink, which could if a slug were ever renamed: a feed
 * reader must not see an old article as new.
 */
@Component
class AtomWriter {

	static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	static final String AUTHOR = "News Archive";

	static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	/** RFC 3339 in UTC: {@code 2017-12-13T00:00:00Z}. */
	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_INSTANT;

	private final UnaryOperator<String> absolute;

	@Autowired
	AtomWriter(ArchiveProperties archive) {
		this(archive::absolute);
	}

	/**
	 * @param absolute makes a path of the archive an absolute URL
	 */
	AtomWriter(UnaryOperator<String> absolute) {
		this.absolute = absolute;
	}

	byte[] write(AtomFeed feed) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XmlOutput xml = XmlOutput.start(out, NAMESPACE, "feed")) {
			String self = this.absolute.apply(feed.path());
			xml.element("id", self).element("title", feed.title());
			xml.element("updated", timestamp(updated(feed)));
			xml.empty("link", "rel", "self", "type", "application/atom+xml", "href", self);
			xml.empty("link", "rel", "alternate", "type", "text/html", "href", this.absolute.apply(feed.pagePath()));
			xml.start("author").element("name", AUTHOR).end();
			for (ArticleCard article : feed.entries()) {
				entry(xml, article, feed.category());
			}
		}
		return out.toByteArray();
	}

	private void entry(XmlOutput xml, ArticleCard article, AtomFeed.Category category) {
		xml.start("entry");
		xml.element("id", this.absolute.apply(Links.shortLink(article.id())));
		xml.element("title", article.headline());
		xml.empty("link", "rel", "alternate", "type", "text/html", "href", this.absolute.apply(article.permalink()));
		// The archive knows the day an article was published, not the hour, nor of any later change.
		xml.element("published", timestamp(article.published()));
		xml.element("updated", timestamp(article.published()));
		if (category != null) {
			xml.empty("category", "term", category.term(), "scheme", this.absolute.apply(Links.TAGS), "label",
					category.label());
		}
		xml.element("summary", article.summary());
		xml.end();
	}

	/**
	 * When the newest entry was published, wherever it stands (a search's feed may be in
	 * another order); a feed with no entries yet has never been updated.
	 */
	private static LocalDate updated(AtomFeed feed) {
		return feed.entries().stream().map(ArticleCard::published).max(Comparator.naturalOrder())
			.orElse(LocalDate.EPOCH);
	}

	private static String timestamp(LocalDate date) {
		return TIMESTAMP.format(date.atStartOfDay(ZoneOffset.UTC));
	}

}
