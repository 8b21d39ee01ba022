package org.newsarchive.source.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import org.newsarchive.schema.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The source files of the archive, found below one or more locations
 * ({@code classpath:db/source}, {@code file:/srv/archive/sources}): every
 * {@code *.txt} file at any depth is an article's source, every {@code people.registry}
 * file a list of the people the archive knows.
 * <p>
 * The locations are listed once per start: a folder by walking it (one directory read
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

	static final String REGISTRY = "people.registry";

	/** Relative paths that a {@code file:} URL spells as they are (no percent-escapes). */
	private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9._~/-]*");

	private final List<String> locations;

	private final ResourcePatternResolver resolver;

	private volatile List<LibraryFile> listing;

	private volatile List<LibraryFile> hashedFromContent = List.of();

	public SourceLibrary(List<String> locations, ResourcePatternResolver resolver) {
		this.locations = List.copyOf(locations);
		this.resolver = resolver;
	}

	/** The article sources, in a stable order: by location, then by path. */
	List<SourceFile> sources() {
		return files().stream()
			.filter((file) -> file.name().endsWith(SourceFile.TEXT_SUFFIX))
			.map(LibraryFile::source)
			.toList();
	}

	/** The people registries ({@code people.registry} files), in the same order. */
	List<SourceFile> registries() {
		return files().stream()
			.filter((file) -> file.name().equals(REGISTRY) || file.name().endsWith("/" + REGISTRY))
			.map(LibraryFile::source)
			.toList();
	}

	/**
	 * A checksum over the name and content of every file below the locations, so that
	 * adding, changing or removing any source, metadata file or photo changes it.
	 * <p>
	 * The content enters as each file's SHA-256. A file whose size and modification time
	 * are those the manifest recorded for it at an earlier start is taken to hold what it
	 * held then, and is not read: a restart of an unchanged archive reads no file, only
	 * the folders. This is the bet {@code make} and {@code rsync} make; a change that
	 * keeps both a file's size and its modification time (to the nanosecond the file
	 * system records) goes unnoticed until the file is touched. Files with no reliable
	 * modification time (on the classpath, in a jar) are always read; they are few.
	 */
	public int checksum(String formatVersion, SourceManifest recorded) {
		List<LibraryFile> files = files();
		// Reading is all of a first start's checksum (200,000 files for 100,000
		// articles): it is spread over the processors.
		List<LibraryFile> known = files.parallelStream()
			.map((file) -> file.withSha256(Objects.requireNonNullElseGet(recorded.sha256(file), () -> sha256(file))))
			.toList();
		CRC32 crc = new CRC32();
		crc.update(formatVersion.getBytes(StandardCharsets.UTF_8));
		List<LibraryFile> hashed = new ArrayList<>();
		for (LibraryFile file : known) {
			if (recorded.sha256(file) == null) {
				hashed.add(file);
			}
			crc.update(file.location().getBytes(StandardCharsets.UTF_8));
			crc.update(0);
			crc.update(file.name().getBytes(StandardCharsets.UTF_8));
			crc.update(0);
			crc.update(file.sha256().getBytes(StandardCharsets.US_ASCII));
		}
		this.hashedFromContent = List.copyOf(hashed);
		return (int) crc.getValue();
	}

	/** Every file below the locations, listed once: by location, then by path. */
	List<LibraryFile> files() {
		List<LibraryFile> files = this.listing;
		if (files == null) {
			files = new ArrayList<>();
			for (String location : this.locations) {
				files.addAll(files(location));
			}
			files = List.copyOf(files);
			this.listing = files;
		}
		return files;
	}

	/**
	 * Forgets the listing and the hashes, which the import no longer needs once Flyway
	 * has migrated: for 100,000 articles they hold tens of megabytes.
	 */
	void forget() {
		this.listing = null;
		this.hashedFromContent = List.of();
	}

	/** The files the last {@link #checksum} read because the manifest did not vouch for them. */
	List<LibraryFile> hashedFromContent() {
		return this.hashedFromContent;
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

	private static String sha256(LibraryFile file) {
		try (InputStream in = file.resource().getInputStream()) {
			MessageDigest digest = Sha256.digest();
			byte[] buffer = new byte[8192];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
			return Sha256.hex(digest);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file.name(), ex);
		}
	}

	/**
	 * A file below a location.
	 *
	 * @param location the source location it was found below, as configured
	 * @param name its path below the location
	 * @param path the file, if it is one of a folder (else null)
	 * @param classpathResource the resource, if it is not in a folder (else null)
	 * @param root the real path of the folder it was found below (null if not in a folder)
	 * @param size its size in bytes, or -1 if its location cannot tell
	 * @param modified its modification time in nanoseconds since the epoch, or -1 if its
	 * location has none to trust (the classpath, a jar)
	 * @param sha256 the SHA-256 of its content, when read
	 */
	record LibraryFile(String location, String name, Path path, Resource classpathResource, Path root, long size,
			long modified, String sha256) {

		/** The file as a resource, made when asked for: a listing of 200,000 files holds only their paths. */
		Resource resource() {
			return (this.classpathResource != null) ? this.classpathResource : new FileSystemResource(this.path);
		}

		SourceFile source() {
			return new SourceFile(this.name, resource(), this.root);
		}

		boolean hasModificationTime() {
			return this.modified >= 0 && this.size >= 0;
		}

		LibraryFile withSha256(String sha256) {
			return new LibraryFile(this.location, this.name, this.path, this.classpathResource, this.root, this.size,
					this.modified, sha256);
		}

	}

}
