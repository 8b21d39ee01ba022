package org.newsarchive.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator, on the management port, sees what the page cache holds and can empty it
 * (the benchmarks time fresh renders so); a reader, on the public port, can do neither.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class PageCacheEndpointTests {

	final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	PageCache pageCache;

	@Test
	void letsTheOperatorSeeAndEmptyThePageCache() throws Exception {
		send("GET", this.port, "/tags");
		long kept = this.pageCache.size();
		assertThat(kept).isPositive();

		HttpResponse<String> summary = send("GET", this.managementPort, "/actuator/pagecache");
		HttpResponse<String> cleared = send("DELETE", this.managementPort, "/actuator/pagecache");

		assertThat(summary.statusCode()).isEqualTo(200);
		assertThat(summary.body()).contains("\"pages\":" + kept, "\"bytes\":");
		assertThat(cleared.statusCode()).isEqualTo(204);
		assertThat(this.pageCache.size()).isZero();
	}

	@Test
	void letsNoReaderEmptyThePageCache() throws Exception {
		send("GET", this.port, "/tags");

		assertThat(send("DELETE", this.port, "/actuator/pagecache").statusCode()).isEqualTo(405);
		assertThat(send("GET", this.port, "/actuator/pagecache").statusCode()).isEqualTo(404);
		assertThat(this.pageCache.size()).isPositive();
	}

	private HttpResponse<String> send(String method, int port, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
