package org.newsarchive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.util.FileSystemUtils;

/**
 * Folders of sources for tests whose application context must know them before it
 * starts (a {@code @DynamicPropertySource}); they go when the test JVM does.
 */
public final class TemporaryFolders {

	private TemporaryFolders() {
	}

	public static Path create(String prefix) throws IOException {
		Path folder = Files.createTempDirectory(prefix);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(folder.toFile())));
		return folder;
	}

}
