package org.newsarchive.web;


import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveClient;

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

	final ArchiveClient http;

	final ArchiveClient management;

	@Autowired
	PageCache pageCache;

	PageCacheEndpointTests(@LocalServerPort int port, @LocalManagementPort int managementPort) {
		this.http = ArchiveClient.on(port);
		this.management = ArchiveClient.on(managementPort);
	}

	@Test
	void letsTheOperatorSeeAndEmptyThePageCache() throws Exception {
		this.http.get("/tags");
		long kept = this.pageCache.size();
		assertThat(kept).isPositive();

		ArchiveClient.Response summary = this.management.get("/actuator/pagecache");
		ArchiveClient.Response cleared = this.management.send("DELETE", "/actuator/pagecache");

		assertThat(summary.statusCode()).isEqualTo(200);
		assertThat(summary.text()).contains("\"pages\":" + kept, "\"bytes\":");
		assertThat(cleared.statusCode()).isEqualTo(204);
		assertThat(this.pageCache.size()).isZero();
	}

	@Test
	void letsNoReaderEmptyThePageCache() throws Exception {
		this.http.get("/tags");

		assertThat(this.http.send("DELETE", "/actuator/pagecache").statusCode()).isEqualTo(405);
		assertThat(this.http.get("/actuator/pagecache").statusCode()).isEqualTo(404);
		assertThat(this.pageCache.size()).isPositive();
	}

}
