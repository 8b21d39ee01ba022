package org.newsarchive.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsarchive.SourceBuilder;
import org.newsarchive.TemporaryFolders;
import org.newsarchive.browse.CardLists;
import org.newsarchive.search.SearchResults.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.PERMALINK;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Search over the seed and over articles written for the test. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchTests {

	static final int HARBOUR_ARTICLES = 12;

	/** Sixty fuzzy-looking terms, under 500 characters: with fuzzy on, 80 times a one-word search. */
	static final String FUZZY = IntStream.range(100, 160).mapToObj((i) -> "w" + i + "~2").collect(Collectors.joining(" "));

	/** A phrase of 500 characters. */
	static final String LONG_PHRASE = "\"" + "period of quiet ".repeat(40).substring(0, 498).strip() + "\"";

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchService search;

	@Autowired
	SearchIndex index;

	@Autowired
	CardLists articles;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@DynamicPropertySource
	static void sources(DynamicPropertyRegistry registry) throws IOException {
		Path folder = TemporaryFolders.create("search-sources");
		write(folder, 100, "Markup in a quote", "The tag <script>alert(1)</script> & friends were quoted verbatim.");
		for (int i = 1; i <= HARBOUR_ARTICLES; i++) {
			write(folder, 100 + i, "Harbour report number " + i,
					"The harbour master counted " + i + " ships in the harbour today.");
		}
		write(folder, 200, "A list of many words", IntStream.range(0, 150).mapToObj((i) -> "quux" + i)
			.collect(Collectors.joining(" ")) + ".");
		registry.add("archive.sources", () -> "classpath:db/source," + folder.toUri());
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"period of quiet\"", "Pompeo", "denuclearization", "Ryabkov Mogherini",
			"ballistic missiles", "Francois Lenoir" })
	void findsTheSeed(String query) throws Exception {
		Document page = search(query);

		assertThat(articles(page)).containsExactly(PERMALINK);
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
	void refusesAHugeQueryWithAHelpfulPage() throws Exception {
		Document page = refused("ship ".repeat(2_000));

		assertThat(page.selectFirst(".search-help").text()).contains("too long");
	}

	static Stream<String> costlyQueries() {
		return Stream.of(FUZZY, "*", "a*", "de*", LONG_PHRASE, "quux*");
	}

	@ParameterizedTest
	@MethodSource("costlyQueries")
	void refusesACostlyQueryQuicklyWithA400AndTheLimits(String query) throws Exception {
		long started = System.nanoTime();
		Document page = refused(query);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		assertThat(page.selectFirst(".search-help").text()).containsAnyOf("too many words", "Make a prefix longer");
		assertThat(page.selectFirst(".search-limits").text()).contains("at most " + SearchLimits.MAX_WORDS + " words",
				"at least " + SearchLimits.MIN_PREFIX + " letters");
	}

	@ParameterizedTest
	@MethodSource("costlyQueries")
	void refusesACostlyQueryBeforeItReadsTheIndex(String query) throws Exception {
		SearchResults results = this.search.search(query, 1);

		assertThat(results.outcome()).isIn(Outcome.TOO_MANY_WORDS, Outcome.TOO_BROAD);
		assertThat(results.took()).isLessThan(SearchLimits.TIMEOUT);
	}

	@Test
	void answersWhatItFoundInTimeWhenASearchRunsOutOfTime() throws Exception {
		SearchService hurried = new SearchService(this.index, this.articles, this.jdbc,
				SearchLimits.DEFAULT.withTimeout(Duration.ZERO));

		SearchResults results = hurried.search("harbour", 1);

		assertThat(results.outcome()).isEqualTo(Outcome.PARTIAL);
		assertThat(results.headers().getCacheControl()).isEqualTo("no-store");
	}

	@Test
	void searchesAPrefixOfAFewWords() throws Exception {
		Document page = search("quux14*");

		assertThat(page.select(".search-result h2 a").eachText()).containsExactly("A list of many words");
	}

	@Test
	void searchesTwentyWords() throws Exception {
		Document page = search("harbour master counted ships today report number Pompeo Tillerson "
				+ "w1~2 w2~2 w3~2 w4~2 w5~2");

		assertThat(page.select(".search-count").text()).startsWith("No article matches");
	}

	@Test
	void searchesATildeAsTextNotAsFuzziness() throws Exception {
		Document page = search("Pompeu~1");

		assertThat(page.select(".search-result")).isEmpty();
	}

	@Test
	void answersOnlyExcludedWordsWithAHelpfulPage() throws Exception {
		Document page = search("-russia");

		assertThat(page.selectFirst(".search-help").text()).contains("has no words");
	}

	@Test
	void findsByPrefixAndExclusion() throws Exception {
		assertThat(articles(search("denuc*"))).containsExactly(PERMALINK);
		assertThat(search("harbour -Tillerson").select(".search-result")).hasSize(10);
		assertThat(articles(search("Pompeo -harbour"))).containsExactly(PERMALINK);
		assertThat(search("Pompeo -Tillerson").select(".search-result")).isEmpty();
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

	private Document refused(String query) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/search").param("q", query))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static void write(Path folder, long id, String headline, String paragraph) {
		SourceBuilder.article(id).headline(headline).paragraph(paragraph)
			.published(String.format("2020-03-%02d", 1 + id % 28))
			.writeTo(folder, "article-" + id);
	}

	/** The articles the hits link to, without the block each opens at (see {@code HitPlacesTests}). */
	private static List<String> articles(Document page) {
		return page.select(".search-result h2 a")
			.eachAttr("href")
			.stream()
			.map((href) -> href.replaceFirst("#p\\d+$", ""))
			.toList();
	}

}
