package org.newsarchive.source.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Every file below the source locations: by location, then by path. Every
 * {@code *.txt} file is an article's source, every {@code people.registry} file a list
 * of the people the archive knows; the rest (metadata, photos) lies beside them.
 * <p>
 * Walked anew each time its files are asked for, as they are taken: the checksum walks
 * it once, the import once more (and once for the registries), and neither holds more
 * of it than a folder's entries.
 */
final class SourceListing {

	static final String REGISTRY = "people.registry";

	private final SourceLibrary library;

	SourceListing(SourceLibrary library) {
		this.library = library;
	}

	/** The locations, in the order they are listed. */
	List<String> locations() {
		return this.library.locations();
	}

	/** The files below one location, by name. */
	Iterator<LibraryFile> files(String location) {
		return this.library.files(location);
	}

	/** The article sources, in the listing's order, listed as they are taken. */
	Iterator<SourceFile> sources() {
		return new Sources();
	}

	/** The people registries, in the listing's order: a walk that keeps only them. */
	List<SourceFile> registries() {
		List<SourceFile> registries = new ArrayList<>();
		for (String location : locations()) {
			for (Iterator<LibraryFile> files = files(location); files.hasNext();) {
				LibraryFile file = files.next();
				if (file.name().equals(REGISTRY) || file.name().endsWith("/" + REGISTRY)) {
					registries.add(file.source());
				}
			}
		}
		return registries;
	}

	/** The {@code *.txt} files of every location, one location's walk after the other. */
	private final class Sources implements Iterator<SourceFile> {

		private final Iterator<String> locations = locations().iterator();

		private Iterator<LibraryFile> files = Collections.emptyIterator();

		private LibraryFile next = advance();

		@Override
		public boolean hasNext() {
			return this.next != null;
		}

		@Override
		public SourceFile next() {
			if (this.next == null) {
				throw new NoSuchElementException();
			}
			SourceFile source = this.next.source();
			this.next = advance();
			return source;
		}

		private LibraryFile advance() {
			while (true) {
				while (this.files.hasNext()) {
					LibraryFile file = this.files.next();
					if (file.name().endsWith(SourceFile.TEXT_SUFFIX)) {
						return file;
					}
				}
				if (!this.locations.hasNext()) {
					return null;
				}
				this.files = files(this.locations.next());
			}
		}

	}

}
