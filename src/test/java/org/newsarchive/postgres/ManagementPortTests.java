package org.newsarchive.postgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsarchive.ArchiveClient;
import org.newsarchive.RunningArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operators watch the archive on the management port: health with liveness and
 * readiness, info and Prometheus metrics there and nothing else; readers' port has none
 * of it.
 */
class ManagementPortTests {

	static RunningArchive archive;

	@BeforeAll
	static void start() throws InterruptedException {
		archive = RunningArchive.start(PostgresServer.shared().createDatabase().arguments()).awaitSearch();
	}

	@AfterAll
	static void stop() {
		archive.close();
	}

	@Test
	void servesHealthWithLivenessAndReadiness() {
		assertThat(archive.managementPort()).isNotEqualTo(archive.port());
		assertThat(body(archive.management("/actuator/health"))).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
		assertThat(body(archive.management("/actuator/health/liveness"))).isEqualTo("{\"status\":\"UP\"}");
		assertThat(body(archive.management("/actuator/health/readiness"))).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void servesInfoWithTheBuildTheCommitAndTheArticleCount() {
		String info = body(archive.management("/actuator/info"));

		assertThat(info).contains("\"archive\":{\"articles\":1}", "\"build\":{", "\"artifact\":\"news-archive\"",
				"\"git\":{", "\"commit\":{");
	}

	@Test
	void servesPrometheusMetrics() {
		assertThat(archive.get("/").statusCode()).isEqualTo(200);

		ArchiveClient.Response metrics = archive.management("/actuator/prometheus");

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(body(metrics)).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count",
				"hikaricp_connections_active", "cache_gets_total{cache=\"pages\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
			"/actuator/threaddump", "/actuator/loggers", "/actuator/mappings", "/actuator/shutdown", "/h2-console" })
	void exposesNothingElseOnTheManagementPort(String path) {
		assertThat(archive.management(path).statusCode()).as(path).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/health", "/actuator/health/readiness", "/actuator/info",
			"/actuator/prometheus", "/health", "/info", "/prometheus", "/metrics", "/h2-console" })
	void servesNoneOfItOnThePublicPort(String path) {
		assertThat(archive.get(path).statusCode()).as(path).isEqualTo(404);
	}

	private static String body(ArchiveClient.Response response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return response.text();
	}

}
