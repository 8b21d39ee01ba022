package org.newsarchive.tag;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.PERMALINK;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Tags, dates, the front page and what stands around an article, on the seed. */
@SpringBootTest
@AutoConfigureMockMvc
class BrowsePagesTests {

	/** A chart of 2017: one full-height bar, December's, the last of twelve. */
	static final String SEED_MONTH_BAR = "M550 80V0h40V80z";

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@FieldSource("org.newsarchive.Seed#TAGS")
	void listsTheSeedOnEachOfItsTagPages(String tag) throws Exception {
		Document page = page("/tags/" + tag);

		assertThat(page.select(".article-card-headline a").eachAttr("href")).containsExactly(PERMALINK);
		assertThat(page.selectFirst(".article-card-summary").text()).startsWith("US Secretary of State Rex Tillerson");
		assertThat(page.selectFirst(".article-card-thumbnail").attr("src")).startsWith("/images/");
		assertThat(page.select(".coverage svg path.coverage-bar").attr("d")).isEqualTo(SEED_MONTH_BAR);
	}

	@Test
	void listsEveryTagWithItsArticleCount() throws Exception {
		Document page = page("/tags");

		assertThat(page.select(".index-list a").eachText()).containsExactly("China", "Diplomacy", "North Korea",
				"Nuclear weapons", "Russia", "Sanctions", "US foreign policy");
		assertThat(page.select(".index-list .count").eachText()).containsOnly("1 article");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/2017", "/2017/12", "/2017/12/13", "/on-this-day/12-13" })
	void listsTheSeedInItsDateArchives(String path) throws Exception {
		assertThat(page(path).select(".article-card-headline a").eachAttr("href")).containsExactly(PERMALINK);
	}

	@Test
	void chartsTheYearMonthByMonthWithATextAlternative() throws Exception {
		Element chart = page("/2017").selectFirst(".coverage");

		assertThat(chart.select("svg path.coverage-bar").attr("d")).isEqualTo(SEED_MONTH_BAR);
		assertThat(chart.selectFirst("svg").attr("role")).isEqualTo("img");
		assertThat(chart.selectFirst("svg").attr("aria-label"))
			.isEqualTo("Articles per month, January 2017 to December 2017: 1 in all, most in December 2017 (1).");
		assertThat(chart.select("table td a").eachAttr("href")).containsExactly("/2017/12");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/2016", "/2017/11", "/2017/13", "/2017/12/12", "/2017/02/30", "/on-this-day/12-12",
			"/on-this-day/13-40", "/tags/no-such-tag" })
	void answersEmptyOrUnknownListsWith404(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/tags/north-korea?before=yesterday", "/2017?after=2017-02-31.1",
			"/people/rex-tillerson?before=9" })
	void answersAMalformedCursorWith400(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isBadRequest());
	}

	@Test
	void showsLatestArticlesMainTagsAndPeopleOnTheFrontPage() throws Exception {
		Document page = page("/");

		assertThat(page.select(".front-latest .article-card-headline a").eachAttr("href")).containsExactly(PERMALINK);
		assertThat(page.select("#tags-title + ul a").eachAttr("href")).hasSize(7).contains("/tags/north-korea");
		assertThat(page.select("#people-title + ul a").eachText()).hasSize(7).startsWith("Rex Tillerson");
		assertThat(page.select("#years-title + ul a").eachAttr("href")).containsExactly("/2017");
	}

	@Test
	void linksTheArticlesTagsPeopleAndDateline() throws Exception {
		Document page = page(PERMALINK);

		assertThat(page.select(".article-footer .tags a").eachAttr("href")).containsExactly("/tags/north-korea",
				"/tags/us-foreign-policy", "/tags/diplomacy", "/tags/nuclear-weapons", "/tags/china", "/tags/russia",
				"/tags/sanctions");
		assertThat(page.select("#people-title + ul a").eachAttr("href")).hasSize(7).startsWith("/people/rex-tillerson");
		assertThat(page.selectFirst(".dateline a").attr("href")).isEqualTo("/2017/12");
	}

	@Test
	void linksTheFirstMentionOfEachPersonInEachBlock() throws Exception {
		Document page = page(PERMALINK);

		assertThat(page.select("#p5 a.mention").eachAttr("href")).containsExactly("/people/rex-tillerson");
		assertThat(page.select("#p10 a.mention").eachText()).containsExactly("Tillerson", "Trump");
		assertThat(page.select("#p12 a.mention").eachAttr("href")).containsExactly("/people/sergei-ryabkov",
				"/people/lu-kang");
		assertThat(page.select("#p2 a.mention").eachText()).containsExactly("Rex Tillerson");
		assertThat(page.selectFirst("#p10").text()).isEqualTo(
				"\"It's not realistic to say we are only going to talk if you come to the table ready to give up your program,\" Tillerson said. \"They have too much invested in it, and [Trump] is very realistic about that as well.\"");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

}
