package org.newsarchive.web;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsarchive.ArchiveClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page is rendered once, then served from memory: the request metrics time the
 * renders, the page cache's own metrics count what it served.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PageCacheTests {

	final ArchiveClient http;

	@Autowired
	MeterRegistry metrics;

	@Autowired
	PageCache pageCache;

	PageCacheTests(@LocalServerPort int port) {
		this.http = ArchiveClient.on(port);
	}

	/** Every test counts renders from an empty cache, whatever ran before it in this context. */
	@BeforeEach
	void forgetCachedPages() {
		this.pageCache.clear();
	}

	@Test
	void rendersAPageOnceAndServesItAgainFromTheCache() throws Exception {
		double renders = renders();
		double hits = cacheHits();

		ArchiveClient.Response first = this.http.get("/people/rex-tillerson");
		ArchiveClient.Response second = this.http.get("/people/rex-tillerson");

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.text()).isEqualTo(first.text());
		for (String header : List.of("Content-Type", "ETag", "Cache-Control", "Content-Security-Policy",
				"X-Frame-Options")) {
			assertThat(second.headers().allValues(header)).isNotEmpty().isEqualTo(first.headers().allValues(header));
		}
		assertThat(renders() - renders).isEqualTo(1);
		assertThat(cacheHits() - hits).isEqualTo(1);
	}

	@Test
	void givesACachedPageTheSecurityHeadersOfTheConnectionItIsServedOn() throws Exception {
		ArchiveClient.Response secure = this.http.get("/tags/china", "X-Forwarded-Proto", "https");
		ArchiveClient.Response plain = this.http.get("/tags/china");

		assertThat(secure.headers().firstValue("Strict-Transport-Security")).isPresent();
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(plain.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void servesHeadFromTheEntryItFillsForGet() throws Exception {
		double renders = renders();
		ArchiveClient.Response head = this.http.send("HEAD", "/people/lu-kang");
		double hits = cacheHits();
		ArchiveClient.Response get = this.http.get("/people/lu-kang");

		assertThat(renders() - renders).isEqualTo(1);
		assertThat(cacheHits() - hits).isEqualTo(1);
		assertThat(head.body()).isEmpty();
		assertThat(head.answerHeaders()).isEqualTo(get.answerHeaders());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "gzip; q=0|false", "gzip;q=0|false", "GZIP ; Q=0.000|false",
			"*;q=0|false", "identity|false", "gzip;q=abc|false", "br, deflate|false", "gzip|true", "x-gzip|true",
			"gzip;q=0.5|true", "*|true", "deflate, gzip;q=1.0|true", "gzip;q=0, *|false", "br;q=1, *;q=0.1|true", ";;;|false", "gzip, ;|true", ";, gzip|true",
			"'gzip;q=1;q=0,,;,'|false" })
	void readsAcceptEncodingAsRfc9110WritesIt(String acceptEncoding, boolean gzip) throws Exception {
		ArchiveClient.Response response = this.http.get("/tags", "Accept-Encoding", acceptEncoding);

		assertThat(response.headers().firstValue("Content-Encoding").isPresent()).as(acceptEncoding).isEqualTo(gzip);
	}

	@Test
	void saysEveryPageIsInEnglishWhateverTheFirstReaderAccepts() throws Exception {
		ArchiveClient.Response first = this.http.get("/2017", "Accept-Language", "de-DE");
		ArchiveClient.Response cached = this.http.get("/2017");

		assertThat(first.headers().allValues("Content-Language")).containsExactly("en");
		assertThat(cached.headers().allValues("Content-Language")).containsExactly("en");
	}

	@Test
	void keepsNoRequestsHostInACachedResponse() throws Exception {
		ArchiveClient.Response forged = this.http.get("/api/openapi.json/swagger-config", "X-Forwarded-Host",
				"evil.example");
		ArchiveClient.Response next = this.http.get("/api/openapi.json/swagger-config");

		assertThat(forged.text()).doesNotContain("evil.example").contains("http://localhost:8080/");
		assertThat(next.text()).doesNotContain("evil.example");
	}

	/** How many requests the request metrics have timed. */
	private double renders() {
		return this.metrics.find("http.server.requests").timers().stream().mapToLong(Timer::count).sum();
	}

	private double cacheHits() {
		return this.metrics.get("cache.gets").tag("cache", "pages").tag("result", "hit").functionCounter().count();
	}

}
