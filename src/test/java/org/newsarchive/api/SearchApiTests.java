package org.newsarchive.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.json.JsonPathValueAssert;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The search as JSON. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchApiTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void findsTheSeedByAPhraseWithAHighlightedSnippet() {
		MvcTestResult result = this.mvc.get().uri("/api/search?q={q}", "\"period of quiet\"").exchange();

		assertThat(result).hasStatusOk();
		path(result, "$.query").isEqualTo("\"period of quiet\"");
		path(result, "$.outcome").isEqualTo("searched");
		path(result, "$.total").isEqualTo(1);
		path(result, "$.page").isEqualTo(1);
		path(result, "$.hits[*].id").asArray().containsExactly(1);
		path(result, "$.hits[0].headline").asString().startsWith("Tillerson's new North Korea strategy");
		path(result, "$.hits[0].api").isEqualTo("http://localhost:8080/api/articles/1");
		path(result, "$.hits[0].snippet").asString().contains("<mark>period of quiet</mark>");
		path(result, "$.next").isNull();
		path(result, "$.previous").isNull();
	}

	@Test
	void saysWhyItCouldNotSearch() {
		MvcTestResult result = this.mvc.get().uri("/api/search").exchange();

		assertThat(result).hasStatusOk();
		path(result, "$.outcome").isEqualTo("empty");
		path(result, "$.hits").asArray().isEmpty();
	}

	@Test
	void answersAnOutOfRangePageWithNoHitsAndALinkBack() {
		MvcTestResult result = this.mvc.get().uri("/api/search?q=Tillerson&page=2").exchange();

		assertThat(result).hasStatusOk();
		path(result, "$.page").isEqualTo(2);
		path(result, "$.hits").asArray().isEmpty();
		path(result, "$.previous").isEqualTo("http://localhost:8080/api/search?q=Tillerson&page=1");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "*|too-broad", "a*|too-broad", "w100~2 w101~2 w102~2 w103~2 w104~2 w105~2 "
			+ "w106~2 w107~2 w108~2 w109~2 w110~2 w111~2|too-many-words" })
	void refusesACostlyQueryWithA400Problem(String query, String outcome) {
		MvcTestResult result = this.mvc.get().uri("/api/search?q={q}", query).exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		path(result, "$.status").isEqualTo(400);
		path(result, "$.outcome").isEqualTo(outcome);
		path(result, "$.detail").asString().isNotBlank();
	}

	@Test
	void searchesATildeAsText() {
		MvcTestResult result = this.mvc.get().uri("/api/search?q={q}", "Tillerson~2").exchange();

		assertThat(result).hasStatusOk();
		path(result, "$.outcome").isEqualTo("searched");
	}

	private static JsonPathValueAssert path(MvcTestResult result, String path) {
		return assertThat(result).bodyJson().extractingPath(path);
	}

}
