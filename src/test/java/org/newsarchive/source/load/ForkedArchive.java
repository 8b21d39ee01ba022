package org.newsarchive.source.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.newsarchive.ArchiveClient;
import org.newsarchive.NewsArchiveApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive started in a JVM of its own, with a heap of its own (which an archive
 * started in the test's JVM cannot have), its output in a log file: for tests of what
 * a start or an import holds in memory.
 */
final class ForkedArchive implements AutoCloseable {

	private static final String STARTED = "Started " + NewsArchiveApplication.class.getSimpleName();

	private final Path log;

	private final String heap;

	private final List<String> arguments;

	private Process process;

	private int port;

	ForkedArchive(Path log, String heap, List<String> arguments) {
		this.log = log;
		this.heap = heap;
		this.arguments = arguments;
	}

	/** Starts the archive and waits until it has started, failing the test if it does not. */
	ForkedArchive start(Duration timeout) throws IOException, InterruptedException {
		launch();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!log().contains(STARTED)) {
			assertThat(this.process.isAlive()).as("the start ended (exit %s):%n%s",
					this.process.isAlive() ? "" : this.process.exitValue(), tail())
				.isTrue();
			assertThat(System.nanoTime()).as("the start timed out:%n%s", tail()).isLessThan(deadline);
			Thread.sleep(250);
		}
		assertThat(log()).doesNotContain("OutOfMemoryError");
		return this;
	}

	/** Starts the archive, expecting its start to fail: answers what it logged. */
	Failure failToStart(Duration timeout) throws IOException, InterruptedException {
		launch();
		boolean ended = this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		assertThat(ended).as("the start neither failed nor ended:%n%s", tail()).isTrue();
		assertThat(log()).as("a start expected to fail started").doesNotContain(STARTED);
		assertThat(this.process.exitValue()).isNotZero();
		return new Failure(log());
	}

	/** GET on the public port, redirects not followed; an absolute URL is asked by its path. */
	ArchiveClient.Response get(String path) {
		String local = path.startsWith("http") ? URI.create(path).getRawPath() : path;
		return ArchiveClient.on(this.port).get(local, "Accept", "text/html");
	}

	String log() throws IOException {
		return Files.exists(this.log) ? Files.readString(this.log) : "";
	}

	private void launch() throws IOException {
		this.port = freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + this.heap, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
				NewsArchiveApplication.class.getName(), "--server.port=" + this.port,
				"--management.server.port=" + freePort()));
		command.addAll(this.arguments);
		this.process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(this.log.toFile()).start();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process != null) {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
	}

	private String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** What a start that failed logged. */
	record Failure(String log) {
	}

}
