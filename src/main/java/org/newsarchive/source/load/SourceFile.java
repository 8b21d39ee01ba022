package org.newsarchive.source.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.newsarchive.source.SourceFormatException;
import org.springframework.core.io.Resource;

/**
 * One article's source text with its metadata file ({@code name.meta} beside
 * {@code name.txt}) and whatever else lies beside it, such as photos.
 *
 * @param name the path below the source location, for messages and provenance
 * @param text the source text
 */
record SourceFile(String name, Resource text) {

	static final String TEXT_SUFFIX = ".txt";

	static final String METADATA_SUFFIX = ".meta";

	String metadataName() {
		return this.name.substring(0, this.name.length() - TEXT_SUFFIX.length()) + METADATA_SUFFIX;
	}

	/** Reads the file itself. */
	byte[] readText() {
		return read(this.text, this.name);
	}

	/** Reads the metadata file, which every source must have. */
	byte[] readMetadata() {
		Resource metadata = sibling(baseName() + METADATA_SUFFIX);
		if (!metadata.exists()) {
			throw new SourceFormatException(this.name, 1, "no metadata file " + metadataName() + " beside it");
		}
		return read(metadata, metadataName());
	}

	/** Reads a file beside the source that the metadata names on the given line. */
	byte[] readSibling(String fileName, int metadataLine) {
		Resource sibling = sibling(fileName);
		if (!sibling.exists()) {
			throw new SourceFormatException(metadataName(), metadataLine, fileName + " is not beside the source");
		}
		return read(sibling, siblingName(fileName));
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
