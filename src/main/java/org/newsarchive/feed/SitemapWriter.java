package org.newsarchive.feed;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.newsarchive.ArchiveProperties;
import org.newsarchive.web.Links;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes the sitemap, after the sitemaps.org protocol 0.9: one {@code urlset} while the
 * archive fits in one, else a {@code sitemapindex} of numbered chunks. The pages to
 * browse by fill the first chunks, in order; after them, each chunk is one range of
 * article ids, not a page of an offset: it is read as a range of the primary key however
 * large the archive, and an article stays in its chunk as the archive grows (as long as
 * the pages to browse by fill as many chunks).
 */
@Component
class SitemapWriter {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/**
	 * The most URLs a sitemap lists: the protocol allows 50,000, but a chunk of 10,000
	 * (about 1.5 MB) stays below the page cache's limit on a body, so it is written once
	 * and then served from memory, not buffered whole again on every request.
	 */
	static final int MAX_URLS = 10_000;

	private final SitemapContent content;

	private final UnaryOperator<String> absolute;

	private final int maxUrls;

	@Autowired
	SitemapWriter(SitemapContent content, ArchiveProperties archive) {
		this(content, archive::absolute, MAX_URLS);
	}

	/**
	 * @param absolute makes a path of the archive an absolute URL
	 * @param maxUrls the most URLs a sitemap may hold
	 */
	SitemapWriter(SitemapContent content, UnaryOperator<String> absolute, int maxUrls) {
		this.content = content;
		this.absolute = absolute;
		this.maxUrls = maxUrls;
	}

	/** Writes the sitemap at {@code /sitemap.xml}: all of it, or the index of its chunks. */
	void writeSitemap(OutputStream out) {
		List<SitemapUrl> pages = this.content.pages();
		if (pages.size() + this.content.articleCount() <= this.maxUrls) {
			writeChunk(new Chunk(pages, Long.MIN_VALUE, Long.MAX_VALUE), out);
		}
		else {
			writeIndex(pages, out);
		}
	}

	/** The chunk at {@code /sitemaps/{number}.xml}, unless it would list nothing. */
	Optional<Chunk> chunk(long number) {
		List<SitemapUrl> pages = this.content.pages();
		int pageChunks = pageChunks(pages);
		if (number < pageChunks) {
			return Optional.of(new Chunk(pages(pages, (int) number), 0, 0));
		}
		long range = number - pageChunks;
		if (range >= Long.MAX_VALUE / this.maxUrls) {
			return Optional.empty();
		}
		long fromId = range * this.maxUrls;
		long untilId = fromId + this.maxUrls;
		return this.content.hasArticles(fromId, untilId) ? Optional.of(new Chunk(List.of(), fromId, untilId))
				: Optional.empty();
	}

	void writeChunk(Chunk chunk, OutputStream out) {
		try (XmlOutput xml = XmlOutput.start(out, NAMESPACE, "urlset")) {
			chunk.pages().forEach((page) -> url(xml, page));
			if (chunk.fromId() < chunk.untilId()) {
				this.content.articles(chunk.fromId(), chunk.untilId(), (article) -> url(xml, article));
			}
		}
	}

	private void writeIndex(List<SitemapUrl> pages, OutputStream out) {
		int pageChunks = pageChunks(pages);
		try (XmlOutput xml = XmlOutput.start(out, NAMESPACE, "sitemapindex")) {
			for (int number = 0; number < pageChunks; number++) {
				sitemap(xml, number, pages(pages, number).stream()
					.map(SitemapUrl::lastModified)
					.filter(Objects::nonNull)
					.max(LocalDate::compareTo)
					.orElse(null));
			}
			for (SitemapContent.ArticleRange range : this.content.articleRanges(this.maxUrls)) {
				sitemap(xml, pageChunks + range.number(), range.lastModified());
			}
		}
	}

	private int pageChunks(List<SitemapUrl> pages) {
		return (pages.size() + this.maxUrls - 1) / this.maxUrls;
	}

	/** The pages of a chunk of pages. */
	private List<SitemapUrl> pages(List<SitemapUrl> pages, int chunk) {
		int from = chunk * this.maxUrls;
		return pages.subList(from, Math.min(from + this.maxUrls, pages.size()));
	}

	private void url(XmlOutput xml, SitemapUrl url) {
		xml.start("url").element("loc", this.absolute.apply(url.path()));
		xml.element("lastmod", (url.lastModified() != null) ? url.lastModified().toString() : null).end();
	}

	private void sitemap(XmlOutput xml, long number, LocalDate lastModified) {
		xml.start("sitemap").element("loc", this.absolute.apply(Links.sitemapPart(number)));
		xml.element("lastmod", (lastModified != null) ? lastModified.toString() : null).end();
	}

	/**
	 * The URLs of one sitemap: some of the pages to browse by, then the articles whose ids
	 * run from {@code fromId} up to, not including, {@code untilId}.
	 */
	record Chunk(List<SitemapUrl> pages, long fromId, long untilId) {
	}

}
