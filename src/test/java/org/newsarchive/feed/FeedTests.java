package org.newsarchive.feed;

import java.io.StringReader;
import java.time.Instant;
import java.util.Date;
import java.util.stream.Stream;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsarchive.Seed.HEADLINE;
import static org.newsarchive.Seed.PEOPLE;
import static org.newsarchive.Seed.PERMALINK;
import static org.newsarchive.Seed.PUBLISHED;
import static org.newsarchive.Seed.SHORT_LINK;
import static org.newsarchive.Seed.TAGS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Atom feeds of the archive, of each tag and of each person, read by Rome as a feed
 * reader reads them. The public address differs from the host requests come to, so
 * that a link made from the request would show.
 */
@SpringBootTest(properties = "archive.base-url=" + FeedTests.BASE)
@AutoConfigureMockMvc
class FeedTests {

	static final String BASE = "https://news.example.org";

	static final Date SEED_PUBLISHED = Date.from(Instant.parse(PUBLISHED + "T00:00:00Z"));

	@Autowired
	MockMvc mvc;

	static Stream<String> feeds() {
		return Stream.of(Stream.of("/feed.xml"), TAGS.stream().map((tag) -> "/tags/" + tag + "/feed.xml"),
				PEOPLE.stream().map((person) -> "/people/" + person + "/feed.xml"))
			.flatMap((paths) -> paths);
	}

	@ParameterizedTest
	@MethodSource("feeds")
	void holdsTheSeedArticle(String path) throws Exception {
		SyndFeed feed = feed(path);

		assertThat(feed.getEntries()).hasSize(1);
		SyndEntry entry = feed.getEntries().get(0);
		assertThat(entry.getTitle()).isEqualTo(HEADLINE);
		assertThat(entry.getUri()).isEqualTo(BASE + SHORT_LINK);
		assertThat(entry.getLink()).isEqualTo(BASE + PERMALINK);
		assertThat(entry.getPublishedDate()).isEqualTo(SEED_PUBLISHED);
		assertThat(entry.getUpdatedDate()).isEqualTo(SEED_PUBLISHED);
		assertThat(entry.getDescription().getValue()).startsWith(
				"US Secretary of State Rex Tillerson seemed to lay out a new strategy on North Korea");
	}

	@ParameterizedTest
	@MethodSource("feeds")
	void linksEveryEntryToItsPageAndItsIdToTheShortLink(String path) throws Exception {
		for (SyndEntry entry : feed(path).getEntries()) {
			this.mvc.perform(get(local(entry.getLink()))).andExpect(status().isOk());
			this.mvc.perform(get(local(entry.getUri())))
				.andExpect(status().isMovedPermanently())
				.andExpect(redirectedUrl(local(entry.getLink())));
		}
	}

	@ParameterizedTest
	@CsvSource({ "/feed.xml, /, News Archive", "/tags/north-korea/feed.xml, /tags/north-korea, North Korea · News Archive",
			"/people/rex-tillerson/feed.xml, /people/rex-tillerson, Rex Tillerson · News Archive" })
	void describesItselfWithAbsoluteLinks(String path, String page, String title) throws Exception {
		SyndFeed feed = feed(path);

		assertThat(feed.getUri()).isEqualTo(BASE + path);
		assertThat(feed.getTitle()).isEqualTo(title);
		assertThat(feed.getPublishedDate()).as("updated").isEqualTo(SEED_PUBLISHED);
		assertThat(feed.getLinks()).extracting(SyndLink::getRel, SyndLink::getHref)
			.containsExactlyInAnyOrder(tuple("self", BASE + path),
					tuple("alternate", BASE + page));
		assertThat(feed.getAuthors()).singleElement().satisfies((author) -> assertThat(author.getName())
			.isEqualTo("News Archive"));
		this.mvc.perform(get(page)).andExpect(status().isOk());
	}

	@Test
	void writesDatesInRfc3339AtMidnightUtc() throws Exception {
		String xml = xml("/feed.xml");

		assertThat(xml).contains("<updated>2017-12-13T00:00:00Z</updated>")
			.contains("<published>2017-12-13T00:00:00Z</published>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "north-korea", "us-foreign-policy" })
	void categorizesTheEntriesOfATagFeedByTheTag(String tag) throws Exception {
		SyndCategory category = feed("/tags/" + tag + "/feed.xml").getEntries().get(0).getCategories().get(0);

		assertThat(category.getName()).isEqualTo(tag);
		assertThat(category.getLabel()).isEqualTo(
				tag.equals("north-korea") ? "North Korea" : "US foreign policy");
	}

	@ParameterizedTest
	@MethodSource("feeds")
	void isServedAsAtomInUtf8(String path) throws Exception {
		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/atom+xml;charset=UTF-8"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/tags/no-such-tag/feed.xml", "/people/no-such-person/feed.xml" })
	void answersUnknownTagsAndPeopleWith404(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	private SyndFeed feed(String path) throws Exception {
		return new SyndFeedInput().build(new StringReader(xml(path)));
	}

	private String xml(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn()
			.getResponse();
		response.setCharacterEncoding("UTF-8");
		return response.getContentAsString();
	}

	/** The path of an absolute URL of the archive, to request it of MockMvc. */
	static String local(String url) {
		assertThat(url).startsWith(BASE + "/");
		return url.substring(BASE.length());
	}

}
