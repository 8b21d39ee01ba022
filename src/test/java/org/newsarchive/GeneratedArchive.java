package org.newsarchive;

import java.io.IOException;
import java.nio.file.Path;

import org.newsarchive.source.generate.ArchiveGenerator;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A generated archive beside the seed, for the tests that need more articles than the seed has. */
public final class GeneratedArchive {

	private GeneratedArchive() {
	}

	/** Generates the articles (always the same ones: seed 42, ids from 1,000) and makes them, with the seed, the sources. */
	public static void addTo(DynamicPropertyRegistry registry, int articles) throws IOException {
		Path folder = TemporaryFolders.create("generated-archive");
		new ArchiveGenerator(42, System.out).write(folder, articles, 1000);
		registry.add("archive.sources", () -> "classpath:db/source," + folder.toUri());
	}

}
