package org.newsarchive.source.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.newsarchive.source.SourceFormatException;
import org.springframework.core.io.Resource;

/**
 * One article's source text with its metadata file ({@code name.meta} beside
 * {@code name.txt}) and whatever else lies beside it, such as photos.
 *
 * <p>
 * What it reads stays inside its folder: the listing leaves out links that lead
 * elsewhere, and a file read beside the source (its metadata, a photo) that is a link
 * to a file outside the folder is refused as one that is not there would be.
 *
 * @param name the path below the source location, for messages and provenance
 * @param text the source text
 * @param root the real path of the folder the source was found in, or null if it is not
 * in one (the classpath, a jar)
 */
record SourceFile(String name, Resource text, Path root) {

	static final String TEXT_SUFFIX = ".txt";

	static final String METADATA_SUFFIX = ".meta";

	String metadataName() {
		return this.name.substring(0, this.name.length() - TEXT_SUFFIX.length()) + METADATA_SUFFIX;
	}

	/** Reads the file itself. */
	byte[] readText() {
		requireInside(this.text, this.name, 1, "it");
		return read(this.text, this.name);
	}

	/** Reads the metadata file, which every source must have. */
	byte[] readMetadata() {
		Resource metadata = sibling(baseName() + METADATA_SUFFIX);
		if (!metadata.exists()) {
			throw new SourceFormatException(this.name, 1, "no metadata file " + metadataName() + " beside it");
		}
		requireInside(metadata, this.name, 1, "its metadata file " + metadataName());
		return read(metadata, metadataName());
	}

	/** Reads a file beside the source that the metadata names on the given line. */
	byte[] readSibling(String fileName, int metadataLine) {
		Resource sibling = sibling(fileName);
		if (!sibling.exists()) {
			throw new SourceFormatException(metadataName(), metadataLine, fileName + " is not beside the source");
		}
		requireInside(sibling, metadataName(), metadataLine, fileName);
		return read(sibling, siblingName(fileName));
	}

	/**
	 * Refuses a file that is a link to a file outside the source's folder. Only links
	 * are resolved (a regular file beside a listed source is inside), so reading costs
	 * one more look at the file, not a walk up its path.
	 */
	private void requireInside(Resource resource, String file, int line, String what) {
		if (this.root == null || !resource.isFile()) {
			return;
		}
		try {
			Path path = resource.getFile().toPath();
			if (Files.isSymbolicLink(path) && !path.toRealPath().startsWith(this.root)) {
				throw new SourceFormatException(file, line, what + " is a link to a file outside the source location ("
						+ path.toRealPath() + ")");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + siblingName(resource.getFilename()), ex);
		}
	}

	String siblingName(String fileName) {
		int slash = this.name.lastIndexOf('/');
		return this.name.substring(0, slash + 1) + fileName;
	}

	private String baseName() {
		String fileName = this.name.substring(this.name.lastIndexOf('/') + 1);
		return fileName.substring(0, fileName.length() - TEXT_SUFFIX.length());
	}

	private Resource sibling(String fileName) {
		try {
			return this.text.createRelative(fileName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot resolve " + siblingName(fileName), ex);
		}
	}

	private static byte[] read(Resource resource, String name) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + name, ex);
		}
	}

}
