package org.newsarchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The archive started as an operator starts it, from command-line arguments, on ports of
 * its own, and asked over real HTTP: for tests that run it on a database of their own.
 */
public final class RunningArchive implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ConfigurableApplicationContext context;

	private RunningArchive(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static RunningArchive start(List<String> arguments) {
		List<String> all = new ArrayList<>(arguments);
		for (String port : List.of("--server.port=", "--management.server.port=")) {
			if (arguments.stream().noneMatch((argument) -> argument.startsWith(port))) {
				all.add(port + "0");
			}
		}
		return new RunningArchive(new SpringApplicationBuilder(NewsArchiveApplication.class).run(all.toArray(String[]::new)));
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	public int port() {
		return Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port"));
	}

	public int managementPort() {
		return Integer.parseInt(this.context.getEnvironment().getProperty("local.management.port"));
	}

	/** GET on the public port as a browser asks for a page, redirects not followed. */
	public HttpResponse<byte[]> get(String path) {
		return get(port(), path);
	}

	/** GET on the management port. */
	public HttpResponse<byte[]> management(String path) {
		return get(managementPort(), path);
	}

	public static HttpResponse<byte[]> get(int port, String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Waits until this replica's search index is built (search answers 503 until then). */
	public RunningArchive awaitSearch() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (get("/search?q=archive").statusCode() == 503) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The search index was not built within 2 minutes");
			}
			Thread.sleep(100);
		}
		return this;
	}

	@Override
	public void close() {
		this.context.close();
	}

}
