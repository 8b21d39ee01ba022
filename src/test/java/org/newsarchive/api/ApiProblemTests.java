package org.newsarchive.api;


import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsarchive.ArchiveClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the API answers for what it does not hold: problem JSON, whatever the client
 * accepts, while the pages keep their HTML 404 page. Over real HTTP, since MockMvc does
 * not render error pages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiProblemTests {

	final ArchiveClient http;

	final JsonMapper json = JsonMapper.builder().build();

	ApiProblemTests(@LocalServerPort int port) {
		this.http = ArchiveClient.on(port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/articles/999", "/api/articles/999999999999999999", "/api/tags/no-such-tag",
			"/api/people/no-such-person", "/api/articles/abc", "/api/articles/1/more", "/api/tags/North_Korea",
			"/api/people" })
	void answersAnUnknownIdOrSlugWithA404Problem(String path) throws Exception {
		for (String accept : new String[] { "application/json", "text/html", "*/*" }) {
			ArchiveClient.Response response = this.http.get(path, "Accept", accept);

			assertThat(response.statusCode()).as(accept).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).as(accept).hasValue("application/problem+json");
			JsonNode problem = this.json.readTree(response.text());
			assertThat(problem.get("status").asInt()).isEqualTo(404);
			assertThat(problem.get("title").asString()).isEqualTo("Not Found");
			assertThat(problem.get("instance").asString()).isEqualTo(path);
			assertThat(response.text()).doesNotContain("Exception", "at org.");
		}
	}

	@Test
	void answersAMalformedCursorWithA400Problem() throws Exception {
		ArchiveClient.Response response = this.http.get("/api/people/lu-kang?after=2017-02-31.1", "Accept",
				"text/html");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(this.json.readTree(response.text()).get("detail").asString()).isEqualTo("Malformed page cursor");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/2017/12/13/no-such-article", "/a/999", "/tags/no-such-tag", "/people/no-such-person" })
	void stillAnswersAnUnknownPageWithTheHtml404Page(String path) throws Exception {
		ArchiveClient.Response response = this.http.get(path, "Accept", "text/html");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/html"));
		assertThat(Jsoup.parse(response.text()).selectFirst("h1").text()).isEqualTo("Page not found");
	}

}
