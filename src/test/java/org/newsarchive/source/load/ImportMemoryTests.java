package org.newsarchive.source.load;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.NewsArchiveApplication;
import org.newsarchive.source.generate.ArchiveGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No step of a start or of an import holds memory that grows with the archive: a
 * generated archive of {@value #ARTICLES} articles imports, and then starts again (the
 * checksum and the manifest of an unchanged library), in a JVM of its own with a heap
 * of {@value #HEAP}.
 * <p>
 * At this size it guards the streamed start and import (and the restart's checksum
 * semantics) in a small heap, but does not by itself show growth: the import before
 * they were streamed passed it too (5,000 articles in 128 and in 96 MB), and 20,000
 * articles took over seven minutes on a two-core machine. Try a larger archive with
 * {@code -DimportMemory.articles=… -DimportMemory.heap=…}.
 * <p>
 * H2's page cache is set small ({@code CACHE_SIZE}, in KB) so that the heap measures
 * the archive's code, not H2's configured cache.
 */
class ImportMemoryTests {

	static final int ARTICLES = 5_000;

	static final String HEAP = "128m";

	/** {@code -DimportMemory.articles=…} and {@code -DimportMemory.heap=…} to try another size. */
	final int articles = Integer.getInteger("importMemory.articles", ARTICLES);

	final String heap = System.getProperty("importMemory.heap", HEAP);

	static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	@TempDir
	Path work;

	@Test
	void aLargeArchiveImportsAndRestartsInASmallHeap() throws Exception {
		Path sources = this.work.resolve("sources");
		try (PrintStream quiet = new PrintStream(PrintStream.nullOutputStream())) {
			new ArchiveGenerator(42, quiet).write(sources, this.articles, 1000);
		}
		long files;
		try (Stream<Path> walk = Files.walk(sources)) {
			files = walk.filter(Files::isRegularFile).count();
		}

		System.out.printf("ImportMemoryTests: %d articles, %d files generated in -Xmx%s%n", this.articles, files,
				this.heap);
		start("first");
		assertThat(count("select count(*) from article")).isEqualTo(this.articles);
		assertThat(count("select count(*) from source_file")).as("the manifest records every file").isEqualTo(files);

		start("restart");
		assertThat(count("select count(*) from \"flyway_schema_history\" where \"description\" = 'Import sources'"))
			.as("an unchanged library is not imported again")
			.isEqualTo(1);
		assertThat(count("select count(*) from source_file")).isEqualTo(files);
	}

	/** Starts the archive in a JVM of its own, waits until it serves its front page, and stops it. */
	private void start(String name) throws Exception {
		long started = System.nanoTime();
		int port = freePort();
		Path log = this.work.resolve(name + ".log");
		Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + this.heap, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
				NewsArchiveApplication.class.getName(), "--server.port=" + port,
				"--management.server.port=" + freePort(), "--spring.datasource.url=" + jdbcUrl(),
				"--spring.datasource.username=sa", "--archive.sources=" + this.work.resolve("sources").toUri()))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
			while (!Files.readString(log).contains("Started NewsArchiveApplication")) {
				assertThat(process.isAlive()).as("%s start ended (exit %s):%n%s", name,
						process.isAlive() ? "" : process.exitValue(), tail(log))
					.isTrue();
				assertThat(System.nanoTime()).as("%s start timed out:%n%s", name, tail(log)).isLessThan(deadline);
				Thread.sleep(250);
			}
			HttpResponse<Void> front = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
						HttpResponse.BodyHandlers.discarding());
			assertThat(front.statusCode()).as(tail(log)).isEqualTo(200);
			assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
			System.out.printf("ImportMemoryTests: %s start served its front page after %d s%n", name,
					(System.nanoTime() - started) / 1_000_000_000);
		}
		finally {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
	}

	private long count(String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), "sa", "");
				ResultSet rows = connection.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private String jdbcUrl() {
		return "jdbc:h2:file:" + this.work.resolve("archive").toAbsolutePath() + ";CACHE_SIZE=8192";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
