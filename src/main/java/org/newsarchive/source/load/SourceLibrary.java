package org.newsarchive.source.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * The import lists the locations once per start: a folder by walking it (one directory read
 * per folder, with each file's size and modification time), anything else (the
 * classpath, a jar) through the resource resolver.
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

	/** Lists every file below the locations: by location, then by path. */
	SourceListing list() {
		List<LibraryFile> files = new ArrayList<>();
		for (String location : this.locations) {
			files.addAll(files(location));
		}
		return new SourceListing(files);
	}

	/** Every regular file below a location, named by its path below it. */
	private List<LibraryFile> files(String location) {
		String root = location.endsWith("/") ? location : location + "/";
		try {
			Resource rootResource = this.resolver.getResource(root);
			String rootUrl = rootResource.getURL().toString();
			List<LibraryFile> files = (!location.startsWith("classpath") && rootResource.isFile())
					? walk(location, rootResource.getFile().toPath(), rootUrl) : resolve(location, root, rootUrl);
			files.sort(Comparator.comparing(LibraryFile::name));
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the sources in " + location, ex);
		}
	}

	/**
	 * Lists a folder, with each file's size and modification time. Links are not
	 * followed, but for those to files inside the folder: the walk sees a link as one,
	 * at no cost to the other files.
	 */
	private static List<LibraryFile> walk(String location, Path root, String rootUrl) throws IOException {
		List<LibraryFile> files = new ArrayList<>();
		if (!Files.isDirectory(root)) {
			return files;
		}
		Path realRoot = root.toRealPath();
		String realRootUrl = root.equals(realRoot) ? rootUrl : new URL(realRoot.toUri().toString()).toString();
		Files.walkFileTree(realRoot, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				BasicFileAttributes read = attributes.isSymbolicLink()
						? followed(location, realRoot, file, name(realRoot, file, realRootUrl)) : attributes;
				if (read != null && read.isRegularFile()) {
					files.add(new LibraryFile(location, name(realRoot, file, realRootUrl), file, null, realRoot,
							read.size(), read.lastModifiedTime().to(TimeUnit.NANOSECONDS), null));
				}
				return FileVisitResult.CONTINUE;
			}

		});
		return files;
	}

	/** What a link leads to, if it is a file inside the folder; else null, with a warning. */
	private static BasicFileAttributes followed(String location, Path realRoot, Path link, String name) {
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
	private static String name(Path root, Path file, String rootUrl) throws IOException {
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
