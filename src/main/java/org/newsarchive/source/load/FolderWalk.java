package org.newsarchive.source.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;

/**
 * The regular files of a source folder at any depth, in the order of their names below
 * it, walked as they are taken: it holds the entries of the folders on the way down to
 * the current file, never the tree, so a library of a million files is listed in the
 * memory of its largest folder.
 * <p>
 * A folder's entries are sorted by name, a subfolder's name with its {@code /}: the
 * order {@code String.compareTo} gives the files' whole names, which the checksum and
 * the manifest's merge rely on. Links are not followed, but for those to files inside
 * the folder (see {@link SourceLibrary}).
 */
final class FolderWalk implements Iterator<LibraryFile> {

	private final String location;

	private final Path root;

	private final String rootUrl;

	/** The entries still to take of each folder on the way down, the deepest first. */
	private final Deque<Iterator<Entry>> folders = new ArrayDeque<>();

	private LibraryFile next;

	private FolderWalk(String location, Path root, String rootUrl) {
		this.location = location;
		this.root = root;
		this.rootUrl = rootUrl;
	}

	/** Walks a folder (its real path, so a location that is itself a link works); nothing if it is none. */
	static Iterator<LibraryFile> of(String location, Path root, String rootUrl) throws IOException {
		if (!Files.isDirectory(root)) {
			return Collections.emptyIterator();
		}
		Path realRoot = root.toRealPath();
		String realRootUrl = root.equals(realRoot) ? rootUrl : new URL(realRoot.toUri().toString()).toString();
		FolderWalk walk = new FolderWalk(location, realRoot, realRootUrl);
		walk.folders.push(walk.entries(realRoot));
		walk.advance();
		return walk;
	}

	@Override
	public boolean hasNext() {
		return this.next != null;
	}

	@Override
	public LibraryFile next() {
		if (this.next == null) {
			throw new NoSuchElementException();
		}
		LibraryFile file = this.next;
		advance();
		return file;
	}

	private void advance() {
		this.next = null;
		while (this.next == null && !this.folders.isEmpty()) {
			Iterator<Entry> entries = this.folders.peek();
			if (!entries.hasNext()) {
				this.folders.pop();
			}
			else {
				Entry entry = entries.next();
				if (entry.attributes().isDirectory()) {
					this.folders.push(entries(entry.path()));
				}
				else {
					this.next = file(entry);
				}
			}
		}
	}

	/** The file an entry is, if it is a regular one or a link to one inside the folder. */
	private LibraryFile file(Entry entry) {
		BasicFileAttributes read = entry.attributes().isSymbolicLink()
				? SourceLibrary.followed(this.location, this.root, entry.path(), entry.name()) : entry.attributes();
		if (read == null || !read.isRegularFile()) {
			return null;
		}
		return new LibraryFile(this.location, entry.name(), entry.path(), null, this.root, read.size(),
				read.lastModifiedTime().to(TimeUnit.NANOSECONDS), null);
	}

	/** One folder's entries, by name (a subfolder's with its slash), links not followed. */
	private Iterator<Entry> entries(Path folder) {
		List<Entry> entries = new ArrayList<>();
		try (DirectoryStream<Path> paths = Files.newDirectoryStream(folder)) {
			for (Path path : paths) {
				entries.add(new Entry(path, SourceLibrary.name(this.root, path, this.rootUrl),
						Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the sources in " + this.location, ex);
		}
		entries.sort(Comparator.comparing(Entry::key));
		return entries.iterator();
	}

	/** A folder's entry: its name below the location, and what it is. */
	private record Entry(Path path, String name, BasicFileAttributes attributes) {

		/** What orders it among its folder's entries as its files' whole names are ordered. */
		String key() {
			return (this.attributes.isDirectory() && !this.name.endsWith("/")) ? this.name + "/" : this.name;
		}

	}

}
