package org.newsarchive.web;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsarchive.ArchiveClient;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.PERMALINK;
import static org.newsarchive.Seed.PERSON_PAGE;
import static org.newsarchive.Seed.SHORT_LINK;
import static org.newsarchive.Seed.TAG_PAGE;

/** Nothing can be changed through the archive, and its pages defend the reader's browser. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReadOnlySurfaceTests {

	final ArchiveClient http;

	ReadOnlySurfaceTests(@LocalServerPort int port) {
		this.http = ArchiveClient.on(port);
	}

	@ParameterizedTest
	@CsvSource({ "POST, " + PERMALINK, "PUT, " + PERMALINK, "DELETE, " + SHORT_LINK, "PATCH, " + TAG_PAGE,
			"POST, /search", "PUT, /no/such/page", "TRACE, /", "PROPFIND, /" })
	void answersEveryMethodButReadingWith405(String method, String path) throws Exception {
		ArchiveClient.Response response = send(method, path);

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
		assertThat(response.text()).doesNotContain("Exception", "at org.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", PERMALINK })
	void answersOptionsWithWhatIsAllowed(String path) throws Exception {
		ArchiveClient.Response response = send("OPTIONS", path);

		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", PERMALINK, TAG_PAGE, PERSON_PAGE, "/search?q=x", "/no/such/page",
			"/css/archive.css", PERMALINK + "/source.txt" })
	void sendsSecurityHeadersWithEveryResponse(String path) throws Exception {
		ArchiveClient.Response response = send("GET", path);

		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying((csp) -> assertThat(csp)
			.contains("default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("Permissions-Policy")).isPresent();
		assertThat(response.headers().firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/h2-console", "/actuator", "/actuator/health", "/actuator/env" })
	void exposesNoConsoleAndNoActuatorOnThePublicPort(String path) throws Exception {
		assertThat(send("GET", path).statusCode()).isEqualTo(404);
	}

	private ArchiveClient.Response send(String method, String path) {
		return this.http.send(method, path, "Accept", "text/html");
	}

}
