package org.newsarchive.web;

import java.util.HashSet;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsarchive.ArchiveClient;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors answered as a reader and as a program expect: the archive's HTML page on every
 * reader path whatever the client accepts (curl and crawlers send no Accept, or
 * {@code *}{@code /*}), problem JSON on the API's, each page the same bytes for every
 * missing address, with no canonical link and a short Cache-Control.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ErrorPageTests {

	final ArchiveClient http;

	ErrorPageTests(@LocalServerPort int port) {
		this.http = ArchiveClient.on(port);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "none", value = { "/no-such-page, none", "/no-such-page, */*",
			"/no-such-page, application/json", "/tags/no-such-tag, application/json", "/people/no-such-person, text/plain",
			"/2017/12/13/no-such-article, application/xml", "/a/999, application/json", "/feed.xml/x, */*" })
	void answersAMissingReaderPageWithTheHtmlPageWhateverItAccepts(String path, String accept) throws Exception {
		ArchiveClient.Response response = get(path, accept);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		Document page = Jsoup.parse(response.text());
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
		assertThat(page.select("link[rel=canonical]")).isEmpty();
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/no-such-endpoint", "/api/articles/1/more/and/more", "/api/tags" })
	void answersAMissingApiPathWithProblemJsonWhateverItAccepts(String path) throws Exception {
		for (String accept : new String[] { null, "text/html", "*/*" }) {
			ArchiveClient.Response response = get(path, accept);

			assertThat(response.statusCode()).as(accept).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).as(accept).hasValue("application/problem+json");
			assertThat(response.text()).contains("\"status\":404", "\"title\":\"Not Found\"");
		}
	}

	@Test
	void servesTheSameNotFoundPageForEveryMissingAddress() throws Exception {
		Set<String> bodies = new HashSet<>();
		for (int i = 0; i < 50; i++) {
			ArchiveClient.Response response = get("/missing-" + i + "-<zq9>", "text/html");
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.text()).doesNotContain("missing-" + i);
			bodies.add(response.text());
		}
		assertThat(bodies).hasSize(1);
	}

	@Test
	void refusesAPostWithoutReadingItsBody(CapturedOutput output) throws Exception {
		String form = "q=" + "a".repeat(3 * 1024 * 1024);
		ArchiveClient.Response response = this.http.post("/tags", "application/x-www-form-urlencoded", form);

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
		assertThat(Jsoup.parse(response.text()).select("link[rel=canonical]")).isEmpty();
		assertThat(output.getAll()).doesNotContain("InvalidParameterException", "Exception Processing");
	}

	/** GET, with no Accept header when {@code accept} is null. */
	private ArchiveClient.Response get(String path, String accept) {
		String target = path.replace("<", "%3C").replace(">", "%3E");
		return (accept != null) ? this.http.get(target, "Accept", accept) : this.http.get(target);
	}

}
