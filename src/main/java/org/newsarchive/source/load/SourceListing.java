package org.newsarchive.source.load;

import java.util.List;

/**
 * Every file below the source locations, listed once a start: by location, then by
 * path. Every {@code *.txt} file is an article's source, every {@code people.registry}
 * file a list of the people the archive knows; the rest (metadata, photos) lies beside
 * them.
 */
record SourceListing(List<LibraryFile> files) {

	static final String REGISTRY = "people.registry";

	SourceListing {
		files = List.copyOf(files);
	}

	/** The article sources, in the listing's order. */
	List<SourceFile> sources() {
		return this.files.stream()
			.filter((file) -> file.name().endsWith(SourceFile.TEXT_SUFFIX))
			.map(LibraryFile::source)
			.toList();
	}

	/** The people registries, in the listing's order. */
	List<SourceFile> registries() {
		return this.files.stream()
			.filter((file) -> file.name().equals(REGISTRY) || file.name().endsWith("/" + REGISTRY))
			.map(LibraryFile::source)
			.toList();
	}

}
