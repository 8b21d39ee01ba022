package org.newsarchive.search;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SearchQueryTests {

	@Test
	void readsEveryParameterAndWritesThemInOneOrder() throws Exception {
		SearchQuery query = parse(Map.of("q", new String[] { " c++ ships " }, "sort", new String[] { "newest" },
				"to", new String[] { "2018" }, "from", new String[] { "2017-12" }, "tag",
				new String[] { "weather", "harbours", "weather" }, "publisher", new String[] { "Reuters, London" },
				"page", new String[] { "3" }));

		assertThat(query.href()).isEqualTo("/search?q=c%2B%2B+ships&sort=newest&from=2017-12&to=2018"
				+ "&tag=harbours&tag=weather&publisher=Reuters%2C+London&page=3");
	}

	@Test
	void readsAMonthOrAYearAsItsFirstDayFromAndItsLastDayTo() {
		assertThat(SearchQuery.start("2016-02")).hasToString("2016-02-01");
		assertThat(SearchQuery.end("2016-02")).hasToString("2016-02-29");
		assertThat(SearchQuery.end("2017")).hasToString("2017-12-31");
		assertThat(SearchQuery.end("2017-03-04")).hasToString("2017-03-04");
	}

	@Test
	void readsEmptyFieldsOfTheFormAsNotGiven() throws Exception {
		SearchQuery query = parse(Map.of("q", new String[] { "ships" }, "sort", new String[] { "" }, "from",
				new String[] { "" }, "to", new String[] { "" }, "tag", new String[] { "" }));

		assertThat(query.narrowed()).isFalse();
		assertThat(query.href()).isEqualTo("/search?q=ships");
	}

	@Test
	void narrowsAndWidensBackToTheSameAddress() throws Exception {
		SearchQuery query = parse(Map.of("q", new String[] { "ships" }, "page", new String[] { "4" }));

		assertThat(query.with(Facet.TAG, "weather").href()).isEqualTo("/search?q=ships&tag=weather");
		assertThat(query.with(Facet.TAG, "weather").without(Facet.TAG, "weather").href())
			.isEqualTo("/search?q=ships");
		assertThat(query.dated("2019", "2019").dated(null, null).href()).isEqualTo("/search?q=ships");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			sort      | random
			sort      | NEWEST
			from      | 2017-13
			from      | 2017-02-30
			from      | 20171
			from      | 17-12-01
			from      | 2017-1-1
			from      | ' or 1=1 --
			to        | 9999-99-99
			to        | 2017-12-13T00:00
			from      | ２０１７
			""")
	void refusesAValueItCannotRead(String name, String value) {
		assertThatExceptionOfType(SearchQuery.Refusal.class)
			.isThrownBy(() -> parse(Map.of("q", new String[] { "ships" }, name, new String[] { value })));
	}

	@Test
	void refusesARangeThatEndsBeforeItStarts() {
		assertThatExceptionOfType(SearchQuery.Refusal.class)
			.isThrownBy(() -> parse(Map.of("from", new String[] { "2018" }, "to", new String[] { "2017-12" })))
			.withMessageContaining("after it ends");
	}

	@Test
	void refusesTooManyOrTooLongFacetValues() {
		assertThatExceptionOfType(SearchQuery.Refusal.class)
			.isThrownBy(() -> parse(Map.of("tag", new String[] { "a", "b", "c", "d", "e", "f" })));
		assertThatExceptionOfType(SearchQuery.Refusal.class)
			.isThrownBy(() -> parse(Map.of("person", new String[] { "x".repeat(201) })));
	}

	private static SearchQuery parse(Map<String, String[]> parameters) throws SearchQuery.Refusal {
		return SearchQuery.parse(parameters::get);
	}

}
