package org.newsarchive.source.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The source files of the archive, found below one or more locations
 * ({@code classpath:db/source}, {@code file:/srv/archive/sources}): every
 * {@code *.txt} file at any depth is an article's source, every {@code people.registry}
 * file a list of the people the archive knows.
 * <p>
 * The checksum and the import each list the locations: a folder by walking it (one
 * directory read per folder, with each file's size and modification time) as its files
 * are taken, anything else (the classpath, a jar: the few files packaged) through the
 * resource resolver.
 * <p>
 * The sources stay inside their folder, as what the archive publishes is what it holds:
 * a symbolic link to a file outside the folder (the folder's real path, so a location
 * that is itself a link works) is skipped with a warning, as is a link to a folder,
 * which could also lead in circles; a link to a file inside the folder is followed. A
 * mounted folder with a stray link keeps serving its other articles. The classpath
 * holds no links that matter: Maven copies {@code db/} and a jar has none.
 */
public class SourceLibrary {

	private static final Logger logger = LoggerFactory.getLogger(SourceLibrary.class);

	/** Relative paths that a {@code file:} URL spells as they are (no percent-escapes). */
	private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9._~/-]*");

	private final List<String> locations;

	private final ResourcePatternResolver resolver;

	public SourceLibrary(List<String> locations, ResourcePatternResolver resolver) {
		this.locations = List.copyOf(locations);
		this.resolver = resolver;
	}

	/** The listing of the locations, walked anew each time its files are asked for. */
	SourceListing list() {
		return new SourceListing(this);
	}

	List<String> locations() {
		return this.locations;
	}

	/**
	 * Every regular file below a location, named by its path below it, in the order of
	 * the names. A folder is walked as its files are taken, one folder's entries at a
	 * time (see {@link FolderWalk}), so that no listing of the whole library is held.
	 */
	Iterator<LibraryFile> files(String location) {
		String root = location.endsWith("/") ? location : location + "/";
		try {
			Resource rootResource = this.resolver.getResource(root);
			String rootUrl = rootResource.getURL().toString();
			if (!location.startsWith("classpath") && rootResource.isFile()) {
				return FolderWalk.of(location, rootResource.getFile().toPath(), rootUrl);
			}
			List<LibraryFile> files = resolve(location, root, rootUrl);
			files.sort(Comparator.comparing(LibraryFile::name));
			return files.iterator();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the sources in " + location, ex);
		}
	}

	/** What a link leads to, if it is a file inside the folder; else null, with a warning. */
	static BasicFileAttributes followed(String location, Path realRoot, Path link, String name) {
		Path target;
		try {
			target = link.toRealPath();
		}
		catch (IOException ex) {
			logger.warn("Skipping {} in {}: a link to nothing ({})", name, location, ex.toString());
			return null;
		}
		if (!target.startsWith(realRoot)) {
			logger.warn("Skipping {} in {}: a link to {}, outside the source location", name, location, target);
			return null;
		}
		try {
			BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class);
			if (attributes.isDirectory()) {
				logger.warn("Skipping {} in {}: a link to the folder {}; links to folders are not followed", name,
						location, target);
				return null;
			}
			return attributes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + name + " in " + location, ex);
		}
	}

	/**
	 * The name the resolver gives a file: its URL below the location's, so with the
	 * percent-escapes of a {@code file:} URL; computed from the path when it needs none.
	 */
	static String name(Path root, Path file, String rootUrl) throws IOException {
		String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
		if (PLAIN_PATH.matcher(relative).matches()) {
			return relative;
		}
		return new URL(file.toUri().toString()).toString().substring(rootUrl.length());
	}

	/** Lists a location through the resolver; its files have no trustworthy modification time. */
	private List<LibraryFile> resolve(String location, String root, String rootUrl) throws IOException {
		List<LibraryFile> files = new ArrayList<>();
		for (Resource resource : this.resolver.getResources(root + "**/*")) {
			String url = resource.getURL().toString();
			if (url.startsWith(rootUrl) && isRegularFile(resource, url)) {
				files.add(new LibraryFile(location, url.substring(rootUrl.length()), null, resource, null, -1, -1,
						null));
			}
		}
		return files;
	}

	private static boolean isRegularFile(Resource resource, String url) throws IOException {
		if (resource.isFile()) {
			return Files.isRegularFile(resource.getFile().toPath());
		}
		return !url.endsWith("/") && resource.isReadable();
	}

}
