package org.newsarchive.source.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;

import org.newsarchive.schema.Sha256;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * A file below a source location, as the library listed it.
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

	/** The file as a resource, made when asked for: a file listed holds only its path. */
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

	/** Reads the file for the SHA-256 of its content. */
	String contentSha256() {
		try (InputStream in = resource().getInputStream()) {
			MessageDigest digest = Sha256.digest();
			byte[] buffer = new byte[8192];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
			return Sha256.hex(digest);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.name, ex);
		}
	}

}
