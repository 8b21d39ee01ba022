package org.newsarchive.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveClient;
import org.newsarchive.RunningArchive;
import org.newsarchive.TemporaryFolders;
import org.newsarchive.source.generate.ArchiveGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replica takes readers only once it can serve all of them: readiness stays down
 * while the import runs and while its search index builds, and comes up after both.
 */
class ReadinessTests {

	static final int ARTICLES = 600;

	@Test
	void readinessIsDownUntilTheImportAndTheSearchIndexAreDone() throws Exception {
		Path generated = TemporaryFolders.create("readiness-archive");
		new ArchiveGenerator(11, System.out).write(generated, ARTICLES, 2);
		int port = freePort();
		int managementPort = freePort();
		List<String> arguments = new ArrayList<>(PostgresServer.shared().createDatabase().arguments());
		arguments.addAll(List.of("--archive.sources=classpath:db/source," + generated.toUri(), "--server.port=" + port,
				"--management.server.port=" + managementPort));

		CompletableFuture<RunningArchive> starting = CompletableFuture.supplyAsync(() -> RunningArchive.start(arguments));
		List<String> seenBefore = new ArrayList<>();
		while (true) {
			String readiness = readiness(managementPort);
			if (readiness.equals("200")) {
				break;
			}
			seenBefore.add(readiness);
			assertThat(starting).as("the archive failed to start").isNot(failed());
			Thread.sleep(20);
		}

		try (RunningArchive archive = starting.get(1, TimeUnit.MINUTES)) {
			// Ready means all of it: every article imported, and search answering.
			assertThat(archive.management("/actuator/info").text()).contains("\"articles\":" + (ARTICLES + 1));
			assertThat(archive.get("/search?q=minister").statusCode()).isEqualTo(200);
			assertThat(seenBefore).as("readiness answers seen while starting").isNotEmpty()
				.allMatch((answer) -> answer.equals("refused") || answer.equals("503"));
			assertThat(seenBefore).contains("refused");
		}
	}

	private static String readiness(int managementPort) {
		try {
			return String.valueOf(ArchiveClient.on(managementPort).get("/actuator/health/readiness").statusCode());
		}
		catch (RuntimeException ex) {
			return "refused";
		}
	}

	private static org.assertj.core.api.Condition<CompletableFuture<?>> failed() {
		return new org.assertj.core.api.Condition<>(CompletableFuture::isCompletedExceptionally, "failed");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
