package org.newsarchive.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsarchive.search.SearchResults.FacetCount;
import org.newsarchive.search.SearchResults.FacetCounts;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sort, date range and facets over a generated archive, checked against what the
 * database says; and the folding of names, over articles written for it.
 */
class SearchNarrowingTests extends SearchArchive {

	@ParameterizedTest
	@CsvSource({ "newest, desc", "oldest, asc" })
	void sortsByDateAsTheDatabaseDoes(String sort, String order) throws Exception {
		List<Long> expected = this.jdbc.queryForList(
				"select a.id from article a where" + IN_GENERATED + "order by a.published " + order + ", a.id " + order,
				Long.class);

		List<Long> found = new ArrayList<>();
		for (int page = 1; page <= 5; page++) {
			found.addAll(ids(search(Map.of("q", "lighthouse", "sort", sort, "page", String.valueOf(page)))));
		}

		assertThat(found).containsExactlyElementsOf(expected);
	}

	@ParameterizedTest
	@CsvSource({ "2019-06, 2020, 2019-06-01, 2020-12-31", "2019-03-07, 2019-03-07, 2019-03-07, 2019-03-07",
			"2020, , 2020-01-01, 9999-12-31", ", 2019-02, 0001-01-01, 2019-02-28" })
	void findsTheArticlesOfADateRangeAsTheDatabaseDoes(String from, String to, String first, String last)
			throws Exception {
		List<Long> expected = this.jdbc.queryForList("select a.id from article a where" + IN_GENERATED
				+ "and a.published between ? and ? order by a.published, a.id", Long.class, LocalDate.parse(first),
				LocalDate.parse(last));
		Map<String, String> parameters = new TreeMap<>(Map.of("q", "lighthouse", "sort", "oldest"));
		if (from != null) {
			parameters.put("from", from);
		}
		if (to != null) {
			parameters.put("to", to);
		}

		SearchResults results = search(parameters);

		assertThat(expected).isNotEmpty();
		assertThat(results.total()).isEqualTo(expected.size());
		assertThat(ids(results)).containsExactlyElementsOf(expected.subList(0, Math.min(10, expected.size())));
	}

	@Test
	void countsEachFacetAsTheDatabaseDoesForTheSameFilter() throws Exception {
		String filter = IN_GENERATED + "and exists (select 1 from article_tag w where w.article_id = a.id "
				+ "and w.tag_slug = 'weather')";

		SearchResults results = search(Map.of("q", "lighthouse", "tag", "weather"));

		assertThat(results.total()).isEqualTo(count("select count(*) from article a where" + filter));
		assertThat(counts(results, Facet.TAG)).isEqualTo(sqlCounts(
				"select t.tag_slug, count(*) from article a join article_tag t on t.article_id = a.id where" + filter
						+ "group by t.tag_slug"));
		assertThat(counts(results, Facet.PERSON)).isEqualTo(sqlCounts(
				"select p.person_slug, count(*) from article a join person_article p on p.article_id = a.id where"
						+ filter + "group by p.person_slug"))
			.containsKey("mike-pompeo");
		assertThat(counts(results, Facet.SECTION)).isEqualTo(
				sqlCounts("select a.section, count(*) from article a where" + filter + "group by a.section"));
		assertThat(counts(results, Facet.PUBLISHER)).isEqualTo(
				sqlCounts("select a.publisher, count(*) from article a where" + filter + "group by a.publisher"))
			.containsKey("Tide Times, Harbour Edition");
		assertThat(counts(results, Facet.YEAR)).isEqualTo(sqlCounts("select cast(extract(year from a.published) "
				+ "as varchar) y, count(*) from article a where" + filter + " group by y"));
	}

	@Test
	void namesTagsAndPeopleInTheFacetsAndKeepsYearsInOrder() throws Exception {
		SearchResults results = search(Map.of("q", "lighthouse"));

		assertThat(facet(results, Facet.TAG).values()).extracting(FacetCount::label).contains("Weather", "Shipping");
		assertThat(facet(results, Facet.PERSON).values()).extracting(FacetCount::label).containsExactly("Mike Pompeo");
		assertThat(facet(results, Facet.YEAR).values()).extracting(FacetCount::value)
			.containsExactly("2019", "2020", "2021");
	}

	@Test
	void narrowsByAFacetLinkAndWidensAgainByItsRemoveLink() throws Exception {
		Document all = page("/search?q=lighthouse");
		Element shipping = all.select(".search-facets a").stream()
			.filter((link) -> link.text().equals("Shipping"))
			.findFirst()
			.orElseThrow();
		String shown = shipping.nextElementSibling().text();

		Document narrowed = page(shipping.attr("href"));
		long shipped = count("select count(*) from article_tag t where t.tag_slug = 'shipping'");
		assertThat(shown).isEqualTo("(" + shipped + ")");
		assertThat(narrowed.selectFirst(".search-count").text()).isEqualTo(shipped + " articles found");
		assertThat(narrowed.select(".search-chosen li").text()).contains("Tag: Shipping");

		Document narrower = page(narrowed.select(".search-facets a").stream()
			.filter((link) -> link.text().equals("Coast"))
			.findFirst()
			.orElseThrow()
			.attr("href"));
		long coastal = count("select count(*) from article a join article_tag t on t.article_id = a.id "
				+ "where t.tag_slug = 'shipping' and a.section = 'Coast'");
		assertThat(narrower.selectFirst(".search-count").text()).startsWith(coastal + " article");

		String widened = narrower.select(".search-chosen li").stream()
			.filter((chosen) -> chosen.text().contains("Section: Coast"))
			.findFirst()
			.orElseThrow()
			.selectFirst("a")
			.attr("href");
		assertThat(widened).isEqualTo(shipping.attr("href"));
		assertThat(page(widened).selectFirst(".search-count").text()).isEqualTo(shipped + " articles found");
	}

	@Test
	void narrowsToAYearByItsFacetAndKeepsTheChoiceInTheForm() throws Exception {
		Document all = page("/search?q=lighthouse&sort=newest");
		String year = all.select(".search-facets a").stream()
			.filter((link) -> link.text().equals("2020"))
			.findFirst()
			.orElseThrow()
			.attr("href");
		assertThat(year).isEqualTo("/search?q=lighthouse&sort=newest&from=2020&to=2020");

		Document narrowed = page(year + "&tag=shipping");
		assertThat(narrowed.selectFirst("#search-from").val()).isEqualTo("2020");
		assertThat(narrowed.selectFirst("#search-sort option[selected]").val()).isEqualTo("newest");
		assertThat(narrowed.select("form.search-form input[type=hidden][name=tag]").eachAttr("value")).containsExactly("shipping");
		assertThat(narrowed.selectFirst(".search-count").text()).startsWith(
				count("select count(*) from article a join article_tag t on t.article_id = a.id where "
						+ "t.tag_slug = 'shipping' and extract(year from a.published) = 2020") + " article");
	}

	@Test
	void landsOnTheScopedSearchFromATagPage() throws Exception {
		Document tag = page("/tags/weather");
		Element within = tag.selectFirst("form.search-within[action=/search][role=search]");

		assertThat(within.select("input[type=hidden][name=tag]").val()).isEqualTo("weather");
		assertThat(within.selectFirst("label").text()).isEqualTo("Search within Weather");
		Document found = page("/search?q=lighthouse&tag=" + within.select("input[type=hidden]").val());
		assertThat(found.selectFirst(".search-count").text()).startsWith(
				count("select count(*) from article_tag where tag_slug = 'weather'") + " article");
	}

	@Test
	void offersTheScopedSearchOnAPersonPage() throws Exception {
		Element within = page("/people/mike-pompeo").selectFirst("form.search-within");

		assertThat(within.select("input[type=hidden][name=person]").val()).isEqualTo("mike-pompeo");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			sort=random
			from=2019-13
			from=2019-02-30
			to=yesterday
			from=2020&to=2019
			tag=no-such-tag
			tag=%3Cscript%3E
			person=nobody-at-all
			section=Nowhere
			publisher=Nobody
			tag=a&tag=b&tag=c&tag=d&tag=e&tag=f
			""")
	void refusesAHostileValueWithA400ThatSaysWhy(String parameters) throws Exception {
		String html = this.mvc.perform(get("/search?q=lighthouse&" + parameters))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Jsoup.parse(html).selectFirst(".search-refused").text()).isNotBlank();
		this.mvc.perform(get("/api/search?q=lighthouse&" + parameters))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void refusesAFacetValueLongerThanAnyTheArchiveKeeps() throws Exception {
		this.mvc.perform(get("/search").param("q", "lighthouse").param("tag", "x".repeat(10_000)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void redirectsRepeatedFacetValuesToOneOrder() throws Exception {
		this.mvc.perform(get("/search?q=lighthouse&tag=weather&junk=1&tag=shipping&tag=weather&sort=newest&sort=oldest"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/search?q=lighthouse&tag=shipping&tag=weather&sort=newest"));
	}

	@Test
	void answersTheSameParametersAsJsonWithFacets() throws Exception {
		String json = this.mvc.perform(get("/api/search?q=lighthouse&tag=weather&sort=oldest&from=2019"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(json).contains("\"sort\":\"oldest\"", "\"from\":\"2019\"", "\"filters\":{\"tag\":[\"weather\"]}",
				"\"facets\":{\"tag\":[", "{\"value\":\"weather\",\"label\":\"Weather\",\"count\":");
	}

	@ParameterizedTest
	@CsvSource({ "Olafsson", "Ólafsson", "OLAFSSON", "ólafs*", "\"Kim Jong-un\"", "\"Kim Jong Un\"", "Jong-un",
			"O'Brien", "O’Brien", "OBrien" })
	void findsANameHoweverItsAccentsAndHyphensAreTyped(String query) throws Exception {
		assertThat(ids(search(Map.of("q", query)))).contains(400L, 401L);
	}

	@Test
	void marksTheNameWithItsAccentsAsWritten() throws Exception {
		SearchResults results = search(Map.of("q", "Olafsson"));

		assertThat(results.hits()).extracting((hit) -> Jsoup.parse(hit.snippet()).select("mark").eachText())
			.anySatisfy((marked) -> assertThat(marked).containsExactly("Ólafsson"))
			.anySatisfy((marked) -> assertThat(marked).containsExactly("Olafsson"));
	}

	private static FacetCounts facet(SearchResults results, Facet facet) {
		return results.facets().stream().filter((counts) -> counts.facet() == facet).findFirst().orElseThrow();
	}

	private static Map<String, Long> counts(SearchResults results, Facet facet) {
		Map<String, Long> counts = new TreeMap<>();
		facet(results, facet).values().forEach((value) -> counts.put(value.value(), value.count()));
		return counts;
	}

	private Map<String, Long> sqlCounts(String sql) {
		Map<String, Long> counts = new TreeMap<>();
		this.jdbc.query(sql, (row) -> {
			counts.put(row.getString(1), row.getLong(2));
		});
		return counts;
	}

}
