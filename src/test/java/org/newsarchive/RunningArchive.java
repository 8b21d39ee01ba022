package org.newsarchive;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The archive started as an operator starts it, from command-line arguments, on ports of
 * its own, and asked over real HTTP: for tests that run it on a database of their own.
 */
public final class RunningArchive implements AutoCloseable {

	/** What a browser accepts when it asks for a page. */
	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

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

	/** The public port's client. */
	public ArchiveClient client() {
		return ArchiveClient.on(port());
	}

	/** GET on the public port as a browser asks for a page, redirects not followed. */
	public ArchiveClient.Response get(String path) {
		return client().get(path, "Accept", BROWSER_ACCEPT);
	}

	/** GET on the management port. */
	public ArchiveClient.Response management(String path) {
		return ArchiveClient.on(managementPort()).get(path, "Accept", BROWSER_ACCEPT);
	}

	/** Waits until this replica's search index is built (search answers 503 until then). */
	public RunningArchive awaitSearch() throws InterruptedException {
		client().awaitSearch();
		return this;
	}

	@Override
	public void close() {
		this.context.close();
	}

}
