package org.newsarchive.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.PEOPLE;
import static org.newsarchive.Seed.PERMALINK;
import static org.newsarchive.Seed.PERSON_PAGE;
import static org.newsarchive.Seed.PUBLISHED;
import static org.newsarchive.Seed.TAGS;
import static org.newsarchive.Seed.TAG_PAGE;
import static org.newsarchive.feed.FeedTests.BASE;
import static org.newsarchive.feed.FeedTests.local;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The sitemap and robots.txt, on the seed: one sitemap, well within the protocol's limit. */
@SpringBootTest(properties = "archive.base-url=" + FeedTests.BASE)
@AutoConfigureMockMvc
class SitemapTests {

	@Autowired
	MockMvc mvc;

	@Test
	void followsTheSitemapsProtocol() throws Exception {
		SitemapXml sitemap = sitemap("/sitemap.xml");

		assertThat(sitemap.root()).isEqualTo("urlset");
	}

	@Test
	void listsEveryPageOfTheArchive() throws Exception {
		List<String> expected = new ArrayList<>(List.of("/", "/tags", "/people", "/2017", "/2017/12", PERMALINK));
		TAGS.forEach((tag) -> expected.add("/tags/" + tag));
		PEOPLE.forEach((person) -> expected.add("/people/" + person));

		assertThat(sitemap("/sitemap.xml").locs())
			.containsExactlyInAnyOrderElementsOf(expected.stream().map((path) -> BASE + path).toList());
	}

	@Test
	void datesEachPageByItsNewestArticle() throws Exception {
		Map<String, String> lastmods = sitemap("/sitemap.xml").lastmods();

		assertThat(lastmods).containsEntry(BASE + PERMALINK, PUBLISHED)
			.containsEntry(BASE + TAG_PAGE, PUBLISHED)
			.containsEntry(BASE + PERSON_PAGE, PUBLISHED)
			.containsEntry(BASE + "/2017/12", PUBLISHED)
			.containsEntry(BASE + "/", PUBLISHED);
	}

	@Test
	void listsOnlyPagesThatAnswer() throws Exception {
		for (String loc : sitemap("/sitemap.xml").locs()) {
			this.mvc.perform(get(local(loc))).andExpect(status().isOk());
		}
	}

	@Test
	void isServedAsXmlInUtf8() throws Exception {
		this.mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/xml;charset=UTF-8"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/sitemaps/99.xml", "/sitemaps/1234567890.xml" })
	void answersAChunkThatHoldsNothingWith404(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	@Test
	void robotsTxtLetsCrawlersInButNotIntoSearchAndNamesTheSitemap() throws Exception {
		String robots = this.mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(robots.lines()).containsSubsequence("User-agent: *", "Allow: /", "Disallow: /search")
			.contains("Sitemap: " + BASE + "/sitemap.xml");
		this.mvc.perform(get(local(BASE + "/sitemap.xml"))).andExpect(status().isOk());
	}

	private SitemapXml sitemap(String path) throws Exception {
		return SitemapXml.valid(this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray());
	}

}
