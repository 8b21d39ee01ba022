package org.newsarchive.feed;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the sitemap splits past its limit, with a limit of three URLs. */
class SitemapWriterTests {

	static final String BASE = "https://news.example.org";

	static final int LIMIT = 3;

	final FakeContent content = new FakeContent();

	final SitemapWriter writer = new SitemapWriter(this.content, (path) -> BASE + path, LIMIT);

	@Test
	void writesOneSitemapUpToTheLimit() {
		this.content.page("/", "2020-01-03").page("/tags", "2020-01-03").article(7, "2020-01-03");

		SitemapXml sitemap = SitemapXml.valid(sitemap());

		assertThat(sitemap.root()).isEqualTo("urlset");
		assertThat(sitemap.lastmods()).containsExactly(Map.entry(BASE + "/", "2020-01-03"),
				Map.entry(BASE + "/tags", "2020-01-03"), Map.entry(BASE + "/2020/01/03/a7", "2020-01-03"));
	}

	@Test
	void writesAnIndexOfChunksPastTheLimit() {
		fourPagesAndSixArticles();

		SitemapXml index = SitemapXml.valid(sitemap());

		// Two chunks of pages, then one a range of ids (of three) that holds articles: 0-2, 3-5, 6-8, 18-20.
		assertThat(index.root()).isEqualTo("sitemapindex");
		assertThat(index.lastmods()).containsExactly(Map.entry(BASE + "/sitemaps/0.xml", "2020-03-01"),
				Map.entry(BASE + "/sitemaps/1.xml", "2019-05-01"), Map.entry(BASE + "/sitemaps/2.xml", "2020-01-02"),
				Map.entry(BASE + "/sitemaps/3.xml", "2020-01-03"), Map.entry(BASE + "/sitemaps/4.xml", "2020-03-01"),
				Map.entry(BASE + "/sitemaps/8.xml", "2019-05-01"));
	}

	@Test
	void splitsPagesByPositionAndArticlesByRangesOfIds() {
		fourPagesAndSixArticles();

		assertThat(chunk(0)).containsExactly("/", "/tags", "/people");
		assertThat(chunk(1)).containsExactly("/tags/a");
		assertThat(chunk(2)).containsExactly("/2020/01/01/a1", "/2020/01/02/a2");
		assertThat(chunk(3)).containsExactly("/2020/01/03/a3");
		assertThat(chunk(4)).containsExactly("/2020/03/01/a7", "/2020/02/01/a8");
		assertThat(chunk(8)).containsExactly("/2019/05/01/a20");
	}

	@Test
	void listsEveryUrlInExactlyOneChunkOfAtMostTheLimit() {
		fourPagesAndSixArticles();
		List<String> all = new ArrayList<>();

		for (String loc : SitemapXml.valid(sitemap()).locs()) {
			List<String> chunk = chunk(Integer.parseInt(loc.replaceAll("\\D", "")));
			assertThat(chunk).hasSizeLessThanOrEqualTo(LIMIT);
			all.addAll(chunk);
		}

		assertThat(all).doesNotHaveDuplicates().hasSize(10);
	}

	@Test
	void hasNoChunkWhereNoArticleIs() {
		fourPagesAndSixArticles();

		assertThat(this.writer.chunk(5)).isEmpty();
		assertThat(this.writer.chunk(9)).isEmpty();
	}

	@Test
	void writesAnIndexWhenPagesAloneExceedTheLimit() {
		this.content.page("/", "2020-01-01").page("/tags", null).page("/people", null).page("/2020", "2020-01-01");

		SitemapXml index = SitemapXml.valid(sitemap());

		assertThat(index.lastmods()).containsExactly(Map.entry(BASE + "/sitemaps/0.xml", "2020-01-01"),
				Map.entry(BASE + "/sitemaps/1.xml", "2020-01-01"));
		assertThat(SitemapXml.valid(chunkXml(0)).lastmods()).containsEntry(BASE + "/tags", null);
	}

	private void fourPagesAndSixArticles() {
		this.content.page("/", "2020-03-01")
			.page("/tags", "2020-03-01")
			.page("/people", "2020-03-01")
			.page("/tags/a", "2019-05-01")
			.article(1, "2020-01-01")
			.article(2, "2020-01-02")
			.article(3, "2020-01-03")
			.article(7, "2020-03-01")
			.article(8, "2020-02-01")
			.article(20, "2019-05-01");
	}

	private byte[] sitemap() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.writer.writeSitemap(out);
		return out.toByteArray();
	}

	/** The paths a chunk lists, after validating it. */
	private List<String> chunk(int number) {
		return SitemapXml.valid(chunkXml(number)).locs().stream().map((loc) -> loc.substring(BASE.length())).toList();
	}

	private byte[] chunkXml(int number) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.writer.writeChunk(this.writer.chunk(number).orElseThrow(), out);
		return out.toByteArray();
	}

	/** Pages and articles in memory; an article's permalink is its date and {@code a<id>}. */
	static class FakeContent implements SitemapContent {

		private final List<SitemapUrl> pages = new ArrayList<>();

		private final NavigableMap<Long, SitemapUrl> articles = new TreeMap<>();

		FakeContent page(String path, String lastModified) {
			this.pages.add(new SitemapUrl(path, (lastModified != null) ? LocalDate.parse(lastModified) : null));
			return this;
		}

		FakeContent article(long id, String published) {
			LocalDate date = LocalDate.parse(published);
			this.articles.put(id, new SitemapUrl(String.format("/%1$tY/%1$tm/%1$td/a%2$d", date, id), date));
			return this;
		}

		@Override
		public List<SitemapUrl> pages() {
			return this.pages;
		}

		@Override
		public long articleCount() {
			return this.articles.size();
		}

		@Override
		public List<ArticleRange> articleRanges(int size) {
			return this.articles.entrySet()
				.stream()
				.collect(Collectors.groupingBy((article) -> article.getKey() / size, TreeMap::new,
						Collectors.mapping((article) -> article.getValue().lastModified(),
								Collectors.maxBy(LocalDate::compareTo))))
				.entrySet()
				.stream()
				.map((range) -> new ArticleRange(range.getKey(), range.getValue().orElseThrow()))
				.toList();
		}

		@Override
		public boolean hasArticles(long fromId, long untilId) {
			return !this.articles.subMap(fromId, untilId).isEmpty();
		}

		@Override
		public void articles(long fromId, long untilId, Consumer<SitemapUrl> action) {
			this.articles.subMap(fromId, untilId).values().forEach(action);
		}

	}

}
