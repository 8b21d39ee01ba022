package org.newsarchive;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The seed archive with a later capture of the seed ({@link SeedRecaptured}), running on
 * a real port: one context for every test of captures, Memento and lookups.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "archive.base-url=https://archive.example")
public abstract class RecapturedArchive {

	public static final String BASE = "https://archive.example";

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void sources(DynamicPropertyRegistry registry) {
		String folder = SeedRecaptured.folder().toUri().toString();
		registry.add("archive.sources", () -> "classpath:db/source," + folder);
	}

	protected ArchiveClient http() {
		return ArchiveClient.on(this.port);
	}

}
