package org.newsarchive.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

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
