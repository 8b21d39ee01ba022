package org.newsarchive.source.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a start's checksum found the manifest must learn, kept until the migration has
 * run (the manifest's table may not exist before): the recorded files that are gone,
 * and the files it read, with their SHA-256. A first start reads every file, so these
 * go to a temporary file as they are found and are read back once, to be recorded:
 * none of them is held in memory.
 */
final class ManifestChanges implements AutoCloseable {

	private final Spill gone = new Spill("source-manifest-gone");

	private final Spill read = new Spill("source-manifest-read");

	/** A recorded file that the listing no longer holds. */
	void gone(String location, String name) {
		this.gone.write((out) -> {
			out.writeUTF(location);
			out.writeUTF(name);
		});
	}

	/** A file read for the checksum, to record if its modification time can vouch for it later. */
	void read(LibraryFile file) {
		if (!file.hasModificationTime()) {
			return;
		}
		this.read.write((out) -> {
			out.writeUTF(file.location());
			out.writeUTF(file.name());
			out.writeLong(file.size());
			out.writeLong(file.modified());
			out.writeUTF(file.sha256());
		});
	}

	boolean isEmpty() {
		return this.gone.count == 0 && this.read.count == 0;
	}

	int goneCount() {
		return this.gone.count;
	}

	int readCount() {
		return this.read.count;
	}

	/** The gone files, as {@link #gone} wrote them: location, name. */
	DataInputStream readGone() {
		return this.gone.in();
	}

	/** The files read, as {@link #read} wrote them: location, name, size, modified, SHA-256. */
	DataInputStream readRead() {
		return this.read.in();
	}

	/** Deletes the temporary files. */
	@Override
	public void close() {
		this.gone.delete();
		this.read.delete();
	}

	/** Records written one after the other to a temporary file, made on the first. */
	private static final class Spill {

		private final String prefix;

		private Path file;

		private DataOutputStream out;

		private int count;

		Spill(String prefix) {
			this.prefix = prefix;
		}

		synchronized void write(Writer writer) {
			try {
				if (this.out == null) {
					this.file = Files.createTempFile(this.prefix, ".bin");
					this.file.toFile().deleteOnExit();
					this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(this.file)));
				}
				writer.write(this.out);
				this.count++;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write the source manifest's changes to " + this.file, ex);
			}
		}

		synchronized DataInputStream in() {
			try {
				if (this.file == null) {
					return new DataInputStream(InputStream.nullInputStream());
				}
				this.out.flush();
				return new DataInputStream(new BufferedInputStream(Files.newInputStream(this.file)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the source manifest's changes from " + this.file, ex);
			}
		}

		synchronized void delete() {
			try {
				if (this.out != null) {
					this.out.close();
				}
				if (this.file != null) {
					Files.deleteIfExists(this.file);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot delete " + this.file, ex);
			}
			finally {
				this.out = null;
				this.file = null;
				this.count = 0;
			}
		}

	}

	@FunctionalInterface
	private interface Writer {

		void write(DataOutputStream out) throws IOException;

	}

}
