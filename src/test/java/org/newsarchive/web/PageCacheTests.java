package org.newsarchive.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

	final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry metrics;

	@Autowired
	PageCache pageCache;

	/** Every test counts renders from an empty cache, whatever ran before it in this context. */
	@BeforeEach
	void forgetCachedPages() {
		this.pageCache.clear();
	}

	@Test
	void rendersAPageOnceAndServesItAgainFromTheCache() throws Exception {
		double renders = renders();
		double hits = cacheHits();

		HttpResponse<String> first = get("/people/rex-tillerson");
		HttpResponse<String> second = get("/people/rex-tillerson");

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body());
		for (String header : List.of("Content-Type", "ETag", "Cache-Control", "Content-Security-Policy",
				"X-Frame-Options")) {
			assertThat(second.headers().allValues(header)).isNotEmpty().isEqualTo(first.headers().allValues(header));
		}
		assertThat(renders() - renders).isEqualTo(1);
		assertThat(cacheHits() - hits).isEqualTo(1);
	}

	@Test
	void givesACachedPageTheSecurityHeadersOfTheConnectionItIsServedOn() throws Exception {
		HttpResponse<String> secure = this.http.send(HttpRequest.newBuilder(uri("/tags/china"))
			.header("X-Forwarded-Proto", "https")
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> plain = get("/tags/china");

		assertThat(secure.headers().firstValue("Strict-Transport-Security")).isPresent();
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(plain.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void servesHeadFromTheEntryItFillsForGet() throws Exception {
		double renders = renders();
		HttpResponse<String> head = this.http.send(HttpRequest.newBuilder(uri("/people/lu-kang"))
			.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		double hits = cacheHits();
		HttpResponse<String> get = get("/people/lu-kang");

		assertThat(renders() - renders).isEqualTo(1);
		assertThat(cacheHits() - hits).isEqualTo(1);
		assertThat(head.body()).isEmpty();
		Map<String, List<String>> headHeaders = new TreeMap<>(head.headers().map());
		Map<String, List<String>> getHeaders = new TreeMap<>(get.headers().map());
		headHeaders.remove("date");
		getHeaders.remove("date");
		assertThat(headHeaders).isEqualTo(getHeaders);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "gzip; q=0|false", "gzip;q=0|false", "GZIP ; Q=0.000|false",
			"*;q=0|false", "identity|false", "gzip;q=abc|false", "br, deflate|false", "gzip|true", "x-gzip|true",
			"gzip;q=0.5|true", "*|true", "deflate, gzip;q=1.0|true", "gzip;q=0, *|false", "br;q=1, *;q=0.1|true" })
	void readsAcceptEncodingAsRfc9110WritesIt(String acceptEncoding, boolean gzip) throws Exception {
		HttpResponse<byte[]> response = this.http.send(HttpRequest.newBuilder(uri("/tags"))
			.header("Accept-Encoding", acceptEncoding)
			.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.headers().firstValue("Content-Encoding").isPresent()).as(acceptEncoding).isEqualTo(gzip);
	}

	@Test
	void saysEveryPageIsInEnglishWhateverTheFirstReaderAccepts() throws Exception {
		HttpResponse<String> first = this.http.send(HttpRequest.newBuilder(uri("/2017"))
			.header("Accept-Language", "de-DE")
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> cached = get("/2017");

		assertThat(first.headers().allValues("Content-Language")).containsExactly("en");
		assertThat(cached.headers().allValues("Content-Language")).containsExactly("en");
	}

	@Test
	void keepsNoRequestsHostInACachedResponse() throws Exception {
		HttpResponse<String> forged = this.http.send(HttpRequest.newBuilder(uri("/api/openapi.json/swagger-config"))
			.header("X-Forwarded-Host", "evil.example")
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> next = get("/api/openapi.json/swagger-config");

		assertThat(forged.body()).doesNotContain("evil.example").contains("http://localhost:8080/");
		assertThat(next.body()).doesNotContain("evil.example");
	}

	/** How many requests the request metrics have timed. */
	private double renders() {
		return this.metrics.find("http.server.requests").timers().stream().mapToLong(Timer::count).sum();
	}

	private double cacheHits() {
		return this.metrics.get("cache.gets").tag("cache", "pages").tag("result", "hit").functionCounter().count();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
