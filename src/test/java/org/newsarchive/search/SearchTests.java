package org.newsarchive.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsarchive.TemporaryFolders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Search over the seed and over articles written for the test. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchTests {

	static final String PERMALINK = "/2017/12/13/tillersons-new-north-korea-strategy-praised-by-china-and-russia-but-undermined-by-trump";

	static final int HARBOUR_ARTICLES = 12;

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void sources(DynamicPropertyRegistry registry) throws IOException {
		Path folder = TemporaryFolders.create("search-sources");
		write(folder, 100, "Markup in a quote", "The tag <script>alert(1)</script> & friends were quoted verbatim.");
		for (int i = 1; i <= HARBOUR_ARTICLES; i++) {
			write(folder, 100 + i, "Harbour report number " + i,
					"The harbour master counted " + i + " ships in the harbour today.");
		}
		registry.add("archive.sources", () -> "classpath:db/source," + folder.toUri());
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"period of quiet\"", "Pompeo", "denuclearization", "Ryabkov Mogherini",
			"ballistic missiles", "Francois Lenoir" })
	void findsTheSeed(String query) throws Exception {
		Document page = search(query);

		assertThat(page.select(".search-result h2 a").eachAttr("href")).containsExactly(PERMALINK);
	}

	@Test
	void highlightsTheMatchedWordsInTheSnippet() throws Exception {
		Document page = search("\"period of quiet\"");

		assertThat(page.select(".search-snippet mark").eachText()).contains("period of quiet");
	}

	@Test
	void highlightsWithoutLettingMarkupThrough() throws Exception {
		String html = this.mvc.perform(get("/search").param("q", "script friends"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("&lt;<mark>script</mark>&gt;alert(1)&lt;&#x2F;<mark>script</mark>&gt; &amp; <mark>friends</mark>");
		assertThat(html).doesNotContain("<script>");
	}

	@Test
	void findsNothingForANonsenseWord() throws Exception {
		Document page = search("xyzzyplughfrobnicate");

		assertThat(page.select(".search-result")).isEmpty();
		assertThat(page.selectFirst(".search-count").text()).startsWith("No article matches");
	}

	@Test
	void ranksTheHeadlineMatchFirst() throws Exception {
		Document page = search("harbour report 7");

		assertThat(page.select(".search-result h2 a").first().text()).isEqualTo("Harbour report number 7");
	}

	@Test
	void pagesThroughManyResults() throws Exception {
		Document first = search("harbour");
		assertThat(first.select(".search-result")).hasSize(10);
		assertThat(first.selectFirst(".search-count").text()).isEqualTo(HARBOUR_ARTICLES + " articles found");

		Document second = Jsoup.parse(this.mvc.perform(get(first.selectFirst("a[rel=next]").attr("href")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(second.select(".search-result")).hasSize(HARBOUR_ARTICLES - 10);
		assertThat(second.select("a[rel=next]")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "the of and", "\"unclosed phrase", "((( -)", "+-|~*", "<script>" })
	void answersEmptyOrBrokenQueriesWithAHelpfulPage(String query) throws Exception {
		Document page = search(query);

		assertThat(page.select(".search-help, .search-count")).isNotEmpty();
	}

	@Test
	void answersAHugeQueryWithAHelpfulPage() throws Exception {
		Document page = search("ship ".repeat(2_000));

		assertThat(page.selectFirst(".search-help").text()).contains("too long");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-5", "999999999999", "abc", "101" })
	void answersAbsurdPagesWithoutAnError(String number) throws Exception {
		this.mvc.perform(get("/search").param("q", "harbour").param("page", number)).andExpect(status().isOk());
	}

	@Test
	void offersASearchBoxOnEveryPage() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get(PERMALINK)).andReturn().getResponse().getContentAsString());

		assertThat(page.select("header form[role=search][action=/search] input[name=q]")).hasSize(1);
	}

	private Document search(String query) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/search").param("q", query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static void write(Path folder, long id, String headline, String paragraph) throws IOException {
		Files.writeString(folder.resolve("article-" + id + ".txt"), headline + "\n\n" + paragraph + "\n");
		Files.writeString(folder.resolve("article-" + id + ".meta"), "id: " + id + "\npublished: 2020-03-"
				+ String.format("%02d", 1 + id % 28) + "\npublisher: Test Wire\noriginal-url: https://example.org/" + id
				+ "\n");
	}

}
