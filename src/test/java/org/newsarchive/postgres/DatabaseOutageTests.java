package org.newsarchive.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.ArchiveClient;
import org.newsarchive.RunningArchive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.PERMALINK;

/**
 * PostgreSQL stops while the archive serves: readers get a friendly 503 within the
 * configured timeouts instead of a hung request, readiness goes down so the balancer
 * looks elsewhere, liveness stays up so nobody restarts a healthy replica, and the
 * archive recovers by itself when the database comes back.
 */
class DatabaseOutageTests {

	/** The pool's connection timeout (3 s) with room for a slow machine. */
	static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

	@TempDir
	Path data;

	@Test
	void answers503WhileTheDatabaseIsDownAndRecoversWhenItReturns() throws Exception {
		int port = freePort();
		PostgresServer database = PostgresServer.startOn(this.data, port);
		try (RunningArchive archive = RunningArchive.start(database.createDatabase().arguments()).awaitSearch()) {
			// Pages the cache has not kept yet reach the database: the article, /tags/north-korea
			// and the API's article are first asked for while it is down. A 503 is never kept.
			assertThat(archive.get("/2017").statusCode()).isEqualTo(200);
			assertThat(archive.get("/tags").statusCode()).isEqualTo(200);

			database.close();

			ArchiveClient.Response article = timed(() -> archive.get(PERMALINK));
			assertThat(article.statusCode()).isEqualTo(503);
			assertThat(article.headers().firstValue("Retry-After")).hasValue("30");
			assertThat(article.headers().firstValue("Cache-Control")).hasValue("no-store");
			String page = article.text();
			assertThat(page).contains("Back in a moment").doesNotContain("Exception", "SQL", "org.", "PSQL");
			assertThat(timed(() -> archive.get("/tags/north-korea")).statusCode()).isEqualTo(503);
			assertThat(timed(() -> archive.get("/api/articles/1")).statusCode()).isEqualTo(503);
			// A page already rendered is still served from the page cache.
			assertThat(archive.get("/tags").statusCode()).isEqualTo(200);
			assertThat(timed(() -> archive.management("/actuator/health/readiness")).statusCode()).isEqualTo(503);
			assertThat(archive.management("/actuator/health/liveness").statusCode()).isEqualTo(200);

			database = PostgresServer.startOn(this.data, port);

			awaitStatus(archive, PERMALINK, 200);
			assertThat(archive.management("/actuator/health/readiness").statusCode()).isEqualTo(200);
		}
		finally {
			database.close();
		}
	}

	private static ArchiveClient.Response timed(Supplier<ArchiveClient.Response> request) {
		long started = System.nanoTime();
		ArchiveClient.Response response = request.get();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ANSWER_WITHIN);
		return response;
	}

	private static void awaitStatus(RunningArchive archive, String path, int status) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (archive.get(path).statusCode() != status) {
			assertThat(System.nanoTime()).as("recovered within a minute").isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
