package org.newsarchive.search;

import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * "Did you mean", from the names of the registry (the seed's people) and the words of the
 * articles; and the card of the person a query names by name or alias.
 */
class SuggestionTests extends SearchArchive {

	@Autowired
	SearchIndex index;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Tilerson                   | Tillerson
			tilerson                   | tillerson
			Mogherni                   | Mogherini
			Ryabkob sanctions          | Ryabkov sanctions
			"Rex Tilerson"             | "Rex Tillerson"
			lighthuose                 | lighthouse
			Tilerson -lighthuose       | Tillerson -lighthuose
			""")
	void suggestsTheClosestNameOrWordForOneTheArchiveDoesNotHold(String query, String suggested) throws Exception {
		SearchResults results = search(Map.of("q", query));

		assertThat(results.suggestion()).isNotNull();
		assertThat(results.suggestion().query()).isEqualTo(suggested);
		assertThat(search(Map.of("q", suggested)).total()).isPositive();
	}

	@ParameterizedTest
	@CsvSource({ "Tillerson", "lighthouse", "quokka", "zzzzqqqq", "lighthuose quokka" })
	void suggestsNothingForWordsTheArchiveHoldsNothingIsCloseToOrThatWouldFindNoMore(String query) throws Exception {
		assertThat(search(Map.of("q", query)).suggestion()).isNull();
	}

	@Test
	void linksTheSuggestionWithTheSameNarrowingAndOrder() throws Exception {
		Document page = page("/search?q=lighthuose&sort=newest&tag=weather");

		Element suggestion = page.selectFirst(".search-suggestion a");
		assertThat(page.selectFirst(".search-suggestion").text()).isEqualTo("Did you mean lighthouse?");
		assertThat(suggestion.attr("href")).isEqualTo("/search?q=lighthouse&sort=newest&tag=weather");
		assertThat(page(suggestion.attr("href")).select(".search-result")).isNotEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Rex Tillerson   | rex-tillerson | Rex Tillerson
			tillerson       | rex-tillerson | Rex Tillerson
			"Kim Jong-un"   | kim-jong-un   | Kim Jong Un
			kim jong un     | kim-jong-un   | Kim Jong Un
			MOGHERINI       | federica-mogherini | Federica Mogherini
			""")
	void showsTheCardOfThePersonAQueryNames(String query, String slug, String name) throws Exception {
		SearchResults results = search(Map.of("q", query));
		assertThat(results.person()).isNotNull();
		assertThat(results.person().slug()).isEqualTo(slug);

		Element card = Jsoup.parse(body(get("/search").param("q", query))).selectFirst(".person-card");
		assertThat(card.selectFirst("h2 a").text()).isEqualTo(name);
		assertThat(card.selectFirst("h2 a").attr("href")).isEqualTo("/people/" + slug);
		assertThat(card.text()).contains("in the archive");
	}

	@ParameterizedTest
	@CsvSource({ "Tillerson sanctions", "Rex", "lighthouse" })
	void showsNoCardForAQueryThatIsNotAName(String query) throws Exception {
		assertThat(search(Map.of("q", query)).person()).isNull();
	}

	@Test
	void givesTheSuggestionAndThePersonInTheApi() throws Exception {
		String json = body(get("/api/search?q=Tilerson"));
		assertThat(json).contains(
				"\"suggestion\":{\"query\":\"Tillerson\",\"search\":\"http://localhost:8080/api/search?q=Tillerson\"}");

		String named = body(get("/api/search?q=tillerson"));
		assertThat(named).contains("\"person\":{\"slug\":\"rex-tillerson\",\"name\":\"Rex Tillerson\"",
				"\"url\":\"http://localhost:8080/people/rex-tillerson\"");
	}

	@Test
	void checksTheFirstWordsOfALongQueryOnly() throws Exception {
		String words = "lighthuose ".repeat(Suggestions.MAX_WORDS) + "Tilerson";

		IndexSearcher searcher = this.index.acquire();
		try {
			assertThat(new Suggestions(this.index.analyzer()).suggest(searcher.getIndexReader(), words, 0))
				.isEqualTo("lighthouse ".repeat(Suggestions.MAX_WORDS) + "Tilerson");
		}
		finally {
			this.index.release(searcher);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			tilers*               |
			-tilerson lighthuose  | -tilerson lighthouse
			lighthuose -tilerson  | lighthouse -tilerson
			""")
	void leavesPrefixesAndExcludedWordsAsTyped(String query, String suggested) throws Exception {
		SearchResults results = search(Map.of("q", query));

		assertThat((results.suggestion() != null) ? results.suggestion().query() : null).isEqualTo(suggested);
	}

	@Test
	void looksUpNoPersonForAQueryLongerThanAnyName() throws Exception {
		assertThat(search(Map.of("q", "Rex Tillerson " + "x".repeat(300))).person()).isNull();
	}

}
