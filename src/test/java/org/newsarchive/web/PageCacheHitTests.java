package org.newsarchive.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsarchive.ArchiveClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cache hit is answered ahead of the security and canonical filters
 * ({@link PageCacheHitFilter}): it must still answer exactly as the render did, and
 * every request those filters refuse or redirect must still be refused or redirected
 * when the page it names is cached.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PageCacheHitTests {

	static final String PAGE = "/tags/china";

	final ArchiveClient http;

	@Autowired
	PageCache pageCache;

	PageCacheHitTests(@LocalServerPort int port) {
		this.http = ArchiveClient.on(port);
	}

	@BeforeEach
	void cacheThePage() {
		this.pageCache.clear();
		assertThat(this.http.get(PAGE).statusCode()).isEqualTo(200);
		assertThat(this.http.get(PAGE, "Accept-Encoding", "gzip").statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "identity", "gzip" })
	void answersAHitWithTheHeadersOfTheRenderEachOnce(String encoding) {
		this.pageCache.clear();
		ArchiveClient.Response render = this.http.get(PAGE, "Accept-Encoding", encoding);
		ArchiveClient.Response hit = this.http.get(PAGE, "Accept-Encoding", encoding);

		assertThat(hit.body()).isEqualTo(render.body());
		assertThat(hit.answerHeaders()).isEqualTo(render.answerHeaders());
		assertThat(hit.headers().map()).allSatisfy((name, values) -> assertThat(values).as(name).hasSize(1));
		assertThat(hit.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(hit.headers().firstValue("Content-Length")).contains(String.valueOf(hit.body().length));
	}

	@Test
	void servesHeadFromACachedGetWithItsHeadersAndNoBody() {
		ArchiveClient.Response get = this.http.get(PAGE);
		ArchiveClient.Response head = this.http.send("HEAD", PAGE);

		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.answerHeaders()).isEqualTo(get.answerHeaders());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/Tags/China", "/tags/china/", "/tags//china", "/tags/./china", "/tags;x=1/china",
			"/tags/%63hina", "/tags/china;jsessionid=1" })
	void sendsOtherSpellingsOfACachedPageToItsAddress(String spelling) {
		ArchiveClient.Response response = this.http.get(spelling);

		assertThat(response.statusCode()).as(spelling).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith(PAGE));
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND" })
	void refusesWhatIsNotAReadOnACachedPage(String method) {
		ArchiveClient.Response response = this.http.send(method, PAGE);

		assertThat(response.statusCode()).as(method).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).contains(SecurityHeadersFilter.ALLOW);
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void answersOptionsOnACachedPageWithWhatItAllows() {
		ArchiveClient.Response response = this.http.send("OPTIONS", PAGE);

		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(response.headers().firstValue("Allow")).contains(SecurityHeadersFilter.ALLOW);
	}

	@Test
	void refusesABrokenEscapeBesideACachedPage() {
		// Raw: the JDK's client will not send a malformed escape.
		assertThat(this.http.raw("GET", PAGE + "%zz", List.of(), 10_000).status()).isEqualTo(400);
		assertThat(this.http.raw("GET", PAGE + "%", List.of(), 10_000).status()).isEqualTo(400);
	}

	@Test
	void givesAHitHstsOnlyOverHttpsAndOnlyOnce() {
		ArchiveClient.Response secure = this.http.get(PAGE, "X-Forwarded-Proto", "https");
		ArchiveClient.Response plain = this.http.get(PAGE);

		assertThat(secure.headers().allValues("Strict-Transport-Security")).hasSize(1);
		assertThat(plain.headers().allValues("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void answersAConditionalHitWith304AndTheValidator() {
		String etag = this.http.get(PAGE).headers().firstValue("ETag").orElseThrow();

		for (String ifNoneMatch : List.of(etag, "W/" + etag, "\"other\", " + etag, "*")) {
			ArchiveClient.Response response = this.http.get(PAGE, "If-None-Match", ifNoneMatch);
			assertThat(response.statusCode()).as(ifNoneMatch).isEqualTo(304);
			assertThat(response.body()).isEmpty();
			assertThat(response.headers().allValues("ETag")).containsExactly(etag);
		}
		assertThat(this.http.get(PAGE, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
	}

	/** What a client sends is never echoed into a hit, however odd: a hit is the render's bytes and headers. */
	@ParameterizedTest
	@ValueSource(strings = { "Accept-Encoding: gzip;q=1;q=0,,;,", "Accept-Encoding: ;;;", "X-Forwarded-Host: evil.example",
			"Cookie: session=evil", "If-None-Match: ,,,", "Accept-Language: de-DE",
			"X-Forwarded-Proto: gopher", "Range: bytes=0-10" })
	void servesAHitAsRenderedWhateverTheClientSends(String header) {
		String[] nameAndValue = header.split(": ", 2);
		ArchiveClient.Response plain = this.http.get(PAGE);
		ArchiveClient.RawResponse odd = this.http.raw("GET", PAGE, List.of(header), 10_000);

		assertThat(odd.status()).as(header).isEqualTo(200);
		assertThat(odd.text()).doesNotContain("evil");
		for (String name : List.of("Content-Type", "ETag", "Cache-Control", "Content-Security-Policy", "Vary")) {
			assertThat(odd.headers(name)).as(header + ": " + name).isEqualTo(plain.headers().allValues(name));
		}
		assertThat(odd.headers("Set-Cookie")).as(nameAndValue[0]).isEmpty();
	}

}
