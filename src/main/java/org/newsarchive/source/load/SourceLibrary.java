package org.newsarchive.source.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The source files of the archive, found below one or more locations
 * ({@code classpath:db/source}, {@code file:/srv/archive/sources}): every
 * {@code *.txt} file at any depth is an article's source, every {@code people.registry}
 * file a list of the people the archive knows.
 */
public class SourceLibrary {

	static final String REGISTRY = "people.registry";

	private final List<String> locations;

	private final ResourcePatternResolver resolver;

	public SourceLibrary(List<String> locations, ResourcePatternResolver resolver) {
		this.locations = List.copyOf(locations);
		this.resolver = resolver;
	}

	/** The article sources, in a stable order: by location, then by path. */
	List<SourceFile> sources() {
		List<SourceFile> sources = new ArrayList<>();
		for (String location : this.locations) {
			files(location).stream()
				.filter((file) -> file.name().endsWith(SourceFile.TEXT_SUFFIX))
				.forEach(sources::add);
		}
		return sources;
	}

	/** The people registries ({@code people.registry} files), in the same order. */
	List<SourceFile> registries() {
		List<SourceFile> registries = new ArrayList<>();
		for (String location : this.locations) {
			files(location).stream()
				.filter((file) -> file.name().equals(REGISTRY) || file.name().endsWith("/" + REGISTRY))
				.forEach(registries::add);
		}
		return registries;
	}

	/**
	 * A checksum over the name and bytes of every file below the locations, so that
	 * adding or changing any source, metadata file or photo changes it.
	 */
	public int checksum(String formatVersion) {
		CRC32 crc = new CRC32();
		crc.update(formatVersion.getBytes(StandardCharsets.UTF_8));
		for (String location : this.locations) {
			for (SourceFile file : files(location)) {
				crc.update(file.name().getBytes(StandardCharsets.UTF_8));
				try (InputStream in = file.text().getInputStream()) {
					byte[] buffer = new byte[8192];
					for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
						crc.update(buffer, 0, read);
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot read " + file.name(), ex);
				}
			}
		}
		return (int) crc.getValue();
	}

	/** Every regular file below a location, named by its path below it. */
	private List<SourceFile> files(String location) {
		String root = location.endsWith("/") ? location : location + "/";
		try {
			String rootUrl = this.resolver.getResource(root).getURL().toString();
			List<SourceFile> files = new ArrayList<>();
			for (Resource resource : this.resolver.getResources(root + "**/*")) {
				String url = resource.getURL().toString();
				if (url.startsWith(rootUrl) && isRegularFile(resource, url)) {
					files.add(new SourceFile(url.substring(rootUrl.length()), resource));
				}
			}
			files.sort(Comparator.comparing(SourceFile::name));
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the sources in " + location, ex);
		}
	}

	private static boolean isRegularFile(Resource resource, String url) throws IOException {
		if (resource.isFile()) {
			return Files.isRegularFile(resource.getFile().toPath());
		}
		return !url.endsWith("/") && resource.isReadable();
	}

}
