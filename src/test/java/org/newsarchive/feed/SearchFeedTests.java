package org.newsarchive.feed;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsarchive.SourceBuilder;
import org.newsarchive.TemporaryFolders;
import org.newsarchive.search.SearchQuery;
import org.newsarchive.search.SearchResults;
import org.newsarchive.search.SearchService;
import org.newsarchive.web.PageCache;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Atom feed of a search, read by Rome as a feed reader reads it, over articles
 * written for it: a harbour's ferries and storms, the older ones with the word in their
 * headline (so best match first and newest first are different orders), more of them
 * than one page of hits. The public address differs from the host requests come to.
 */
@SpringBootTest(properties = "archive.base-url=" + SearchFeedTests.BASE)
@AutoConfigureMockMvc
class SearchFeedTests {

	static final String BASE = "https://news.example.org";

	/** The written articles: ids from 600, every one about the harbour. */
	static final int ARTICLES = 14;

	static final String WRITTEN = " a.id between 600 and 699 ";

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchService search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PageCache pages;

	@DynamicPropertySource
	static void sources(DynamicPropertyRegistry registry) throws IOException {
		Path folder = TemporaryFolders.create("search-feed-sources");
		LocalDate first = LocalDate.of(2020, 1, 6);
		for (int i = 0; i < ARTICLES; i++) {
			// Two a day now and then, so that the order needs the archive's tie-breaker too.
			SourceBuilder.article(600 + i)
				.headline(((i < ARTICLES / 2) ? "Harbour news " : "Ferry news ") + i)
				.paragraph("The ferry left the harbour on time, entry " + i + ".")
				.published(first.plusDays((i / 2) * 40L).toString())
				.tags((i % 3 == 0) ? "Ferries" : "Storms")
				.writeTo(folder, "harbour-" + i);
		}
		registry.add("archive.sources", () -> "classpath:db/source," + folder.toUri());
	}

	@Test
	void holdsTheFirstPageOfTheSearchNewestFirst() throws Exception {
		SyndFeed feed = feed("/search/feed.xml?q=harbour");

		List<Long> newest = this.jdbc.queryForList(
				"select a.id from article a where" + WRITTEN + "order by a.published desc, a.id desc", Long.class);
		assertThat(ids(feed)).containsExactlyElementsOf(newest.subList(0, 10));
		assertThat(links(feed)).containsExactlyElementsOf(hits(Map.of("q", "harbour", "sort", "newest")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "relevance", "oldest", "newest" })
	void keepsAnOrderItIsAskedFor(String sort) throws Exception {
		SyndFeed feed = feed("/search/feed.xml?q=harbour&sort=" + sort);

		assertThat(links(feed)).containsExactlyElementsOf(hits(Map.of("q", "harbour", "sort", sort)));
	}

	@Test
	void ordersNewestFirstRatherThanBestMatchWhenNoOrderIsGiven() throws Exception {
		assertThat(links(feed("/search/feed.xml?q=harbour")))
			.isNotEqualTo(links(feed("/search/feed.xml?q=harbour&sort=relevance")));
	}

	@Test
	void writesItsEntriesAsTheOtherFeedsDo() throws Exception {
		SyndEntry entry = feed("/search/feed.xml?q=harbour&sort=oldest").getEntries().get(0);

		assertThat(entry.getTitle()).isEqualTo("Harbour news 0");
		assertThat(entry.getUri()).isEqualTo(BASE + "/a/600");
		assertThat(entry.getLink()).isEqualTo(BASE + "/2020/01/06/harbour-news-0");
		assertThat(entry.getPublishedDate().toInstant()).hasToString("2020-01-06T00:00:00Z");
		assertThat(entry.getDescription().getValue()).startsWith("The ferry left the harbour on time");
		this.mvc.perform(get(entry.getLink().substring(BASE.length()))).andExpect(status().isOk());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			q=harbour                        | Search: harbour · News Archive               | /search?q=harbour&sort=newest
			q=harbour&sort=relevance         | Search: harbour · News Archive               | /search?q=harbour
			q=harbour&sort=oldest            | Search: harbour · News Archive               | /search?q=harbour&sort=oldest
			q=harbour&tag=ferries            | Search: harbour (Tag: Ferries) · News Archive | /search?q=harbour&sort=newest&tag=ferries
			q=ferry&from=2020&to=2021        | Search: ferry (From: 2020, To: 2021) · News Archive | /search?q=ferry&sort=newest&from=2020&to=2021
			""")
	void namesTheSearchAndLinksItselfAndItsPageAbsolutely(String query, String title, String page) throws Exception {
		SyndFeed feed = feed("/search/feed.xml?" + query);

		String self = BASE + "/search/feed.xml?" + query;
		assertThat(feed.getTitle()).isEqualTo(title);
		assertThat(feed.getUri()).isEqualTo(self);
		assertThat(feed.getLinks()).extracting(SyndLink::getRel, SyndLink::getHref)
			.containsExactlyInAnyOrder(tuple("self", self), tuple("alternate", BASE + page));
		assertThat(feed.getAuthors()).singleElement()
			.satisfies((author) -> assertThat(author.getName()).isEqualTo("News Archive"));
		this.mvc.perform(get(URI.create(page))).andExpect(status().isOk());
	}

	@Test
	void spellsItsAddressTheOneWayTheSearchPageDoes() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/search/feed.xml").param("q", "harbour ferry").param("tag", "storms", "ferries"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		response.setCharacterEncoding("UTF-8");
		SyndFeed feed = new SyndFeedInput().build(new StringReader(response.getContentAsString()));

		assertThat(feed.getUri()).isEqualTo(BASE + "/search/feed.xml?q=harbour+ferry&tag=ferries&tag=storms");
		assertThat(feed.getTitle()).isEqualTo("Search: harbour ferry (Tag: Ferries, Tag: Storms) · News Archive");
	}

	@ParameterizedTest
	@ValueSource(strings = { "newest", "oldest", "relevance" })
	void isUpdatedWhenItsNewestEntryWasPublishedWhateverItsOrder(String sort) throws Exception {
		SyndFeed feed = feed("/search/feed.xml?q=harbour&sort=" + sort);

		assertThat(feed.getPublishedDate()).as("updated")
			.isEqualTo(feed.getEntries().stream().map(SyndEntry::getPublishedDate).max(Date::compareTo).orElseThrow());
	}

	@Test
	void isNarrowedByATagAsTheSearchIs() throws Exception {
		SyndFeed feed = feed("/search/feed.xml?q=harbour&tag=ferries");

		List<Long> tagged = this.jdbc.queryForList("select a.id from article a join article_tag t on t.article_id = a.id"
				+ " where" + WRITTEN + "and t.tag_slug = 'ferries' order by a.published desc, a.id desc", Long.class);
		assertThat(tagged).hasSizeBetween(2, 9);
		assertThat(ids(feed)).containsExactlyElementsOf(tagged);
		assertThat(links(feed))
			.containsExactlyElementsOf(hits(Map.of("q", "harbour", "sort", "newest", "tag", "ferries")));
	}

	@Test
	void findsTheSeedArticleAsTheSearchPageDoes() throws Exception {
		SyndFeed feed = feed("/search/feed.xml?q=tillerson");

		assertThat(feed.getTitle()).isEqualTo("Search: tillerson · News Archive");
		assertThat(ids(feed)).containsExactly(1L);
	}

	@Test
	void isServedAsAtomInUtf8AndCachedAsTheOtherFeedsAre() throws Exception {
		String cacheControl = this.mvc.perform(get("/feed.xml")).andReturn().getResponse()
			.getHeader(HttpHeaders.CACHE_CONTROL);

		assertThat(cacheControl).isNotBlank();
		this.mvc.perform(get("/search/feed.xml?q=harbour"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/atom+xml;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, cacheControl));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "q=", "q=%20%20", "q=the", "q=*", "q=ha*", "q=-harbour", "q=%22%22" })
	void refusesASearchThatCannotHoldAnEntryWith400(String query) throws Exception {
		refused("/search/feed.xml" + (query.isEmpty() ? "" : "?" + query));
	}

	@Test
	void refusesAQueryOfTenThousandCharacters() throws Exception {
		refused("/search/feed.xml?q=" + "harbour+".repeat(1_250));
	}

	@Test
	void refusesAQueryOfTooManyWords() throws Exception {
		refused("/search/feed.xml?q=" + "harbour+ferry+storm+".repeat(10));
	}

	/**
	 * Hostile variants of every parameter: each answers a feed or a short 4xx in plain
	 * text, and never a 5xx.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "q=harbour&sort=x", "q=harbour&sort=", "q=harbour&sort=NEWEST", "q=harbour&from=2017-13-01",
			"q=harbour&from=2017-02-30", "q=harbour&to=yesterday", "q=harbour&from=2021&to=2020",
			"q=harbour&from=99999-01-01", "q=harbour&tag=no-such-tag", "q=harbour&tag=%3Cscript%3E",
			"q=harbour&person=nobody-at-all", "q=harbour&section=Nowhere", "q=harbour&publisher=Nobody",
			"q=harbour&tag=a&tag=b&tag=c&tag=d&tag=e&tag=f", "q=%00", "q=harbour%00", "q=harbour&tag=%00",
			"q=%C0%AE%C0%AE", "q=%ff%fe", "q=%22unclosed", "q=(((", "q=~", "q=%2A%2A%2A",
			"q=harbour&from=%00", "q=%0d%0aSet-Cookie:x=1", "q=%3Cscript%3Ealert(1)%3C/script%3E" })
	void answersAHostileParameterWithABounded4xx(String query) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(URI.create("/search/feed.xml?" + query)))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).as(query).isBetween(200, 499);
		if (response.getStatus() != 200) {
			assertThat(response.getStatus()).as(query).isBetween(400, 499);
			// A refusal may quote a facet's value (at most 200 characters), never as markup.
			assertThat(response.getContentAsByteArray()).as(query).hasSizeLessThan(1_000);
			assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.TEXT_PLAIN))
				.as(query).isTrue();
			assertThat(response.getContentAsString()).doesNotContain("Exception", "at org.");
		}
		assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).as(query).isNull();
		if (response.getStatus() == 200) {
			assertThat(response.getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			q=harbour&page=2                                  | q=harbour
			q=harbour&q=storm                                 | q=harbour
			q=harbour&sort=oldest&sort=newest                 | q=harbour&sort=oldest
			q=harbour&tag=storms&utm_source=x&tag=ferries     | q=harbour&tag=ferries&tag=storms
			""")
	void redirectsARepeatedOrUnknownParameterToTheOnesItTakes(String query, String kept) throws Exception {
		this.mvc.perform(get(URI.create("/search/feed.xml?" + query)))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string(HttpHeaders.LOCATION, "/search/feed.xml?" + kept));
	}

	@Test
	void redirectsAnotherCaseToTheOneAddress() throws Exception {
		this.mvc.perform(get(URI.create("/Search/Feed.XML?q=harbour")))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string(HttpHeaders.LOCATION, "/search/feed.xml?q=harbour"));
	}

	@Test
	void keepsNoRefusalInThePageCache() throws Exception {
		long before = this.pages.size();

		for (int i = 0; i < 50; i++) {
			this.mvc.perform(get(URI.create("/search/feed.xml?q=harbour&tag=no-such-tag-" + i)))
				.andExpect(status().isBadRequest());
			this.mvc.perform(get(URI.create("/search/feed.xml?q=" + "x".repeat(600) + i)))
				.andExpect(status().isBadRequest());
		}

		assertThat(this.pages.size()).isEqualTo(before);
	}

	@Test
	void isAdvertisedByTheSearchPageWithItsWordsAndNarrowing() throws Exception {
		Document page = page("/search?q=harbour&sort=oldest&tag=ferries");

		assertThat(page.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
			.contains("/search/feed.xml?q=harbour&tag=ferries");
		assertThat(feed("/search/feed.xml?q=harbour&tag=ferries").getEntries()).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/search", "/search?q=the", "/search?q=harbour&sort=x" })
	void isNotAdvertisedWhenNoSearchRan(String path) throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get(URI.create(path))).andReturn().getResponse()
			.getContentAsString());

		assertThat(page.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
			.noneMatch((href) -> href.contains("/search/feed.xml"));
	}

	private void refused(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(URI.create(path)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse();

		assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.TEXT_PLAIN))
			.as(path).isTrue();
		assertThat(response.getContentAsString()).as(path).isNotBlank().doesNotContain("<feed");
		assertThat(response.getContentAsByteArray()).hasSizeLessThan(300);
	}

	/** The absolute permalinks of a search's hits, as the search service finds them. */
	private List<String> hits(Map<String, String> parameters) throws Exception {
		SearchResults results = this.search.search(SearchQuery.parse((name) -> parameters.containsKey(name)
				? new String[] { parameters.get(name) } : null));
		assertThat(results.outcome()).isEqualTo(SearchResults.Outcome.SEARCHED);
		return results.hits().stream().map((hit) -> BASE + hit.card().permalink()).toList();
	}

	private static List<String> links(SyndFeed feed) {
		return feed.getEntries().stream().map(SyndEntry::getLink).toList();
	}

	/** The ids of the entries, from their short links. */
	private static List<Long> ids(SyndFeed feed) {
		return feed.getEntries().stream()
			.map((entry) -> Long.parseLong(entry.getUri().substring((BASE + "/a/").length())))
			.toList();
	}

	private SyndFeed feed(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(URI.create(path)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		response.setCharacterEncoding("UTF-8");
		return new SyndFeedInput().build(new StringReader(response.getContentAsString()));
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(URI.create(path)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
