package org.newsarchive.source.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.CRC32;

import javax.sql.DataSource;

/**
 * A checksum over the name and content of every file below the source locations, so
 * that adding, changing or removing any source, metadata file or photo changes it: the
 * checksum Flyway keeps for the import, which runs again when it changes.
 * <p>
 * The content enters as each file's SHA-256. A file whose size and modification time
 * are those the manifest recorded for it at an earlier start is taken to hold what it
 * held then, and is not read: a restart of an unchanged archive reads no file, only the
 * folders. This is the bet {@code make} and {@code rsync} make; a change that keeps both
 * a file's size and its modification time (to the nanosecond the file system records)
 * goes unnoticed until the file is touched. Files with no reliable modification time
 * (on the classpath, in a jar) are always read; they are few.
 * <p>
 * It is computed in one walk of the listing, a location at a time, beside the
 * manifest's rows of that location in the same order, and the files it must read are
 * hashed {@value #FILES_PER_CHUNK} at a time on every processor: it holds a chunk of
 * files, never the listing. What the manifest is to learn goes to
 * {@link ManifestChanges} as it is found.
 *
 * @param value the checksum
 * @param changes what the manifest is to record once the import succeeded: the files
 * read (because the manifest did not vouch for them) with their SHA-256, and the
 * recorded files gone
 */
record SourceChecksum(int value, ManifestChanges changes) {

	/** How many files are hashed at a time, spread over the processors. */
	static final int FILES_PER_CHUNK = 1_024;

	static SourceChecksum of(String formatVersion, SourceListing listing, DataSource recorded) {
		CRC32 crc = new CRC32();
		crc.update(formatVersion.getBytes(StandardCharsets.UTF_8));
		ManifestChanges changes = new ManifestChanges();
		try (SourceManifest manifest = SourceManifest.open(recorded, changes)) {
			for (String location : listing.locations()) {
				try (SourceManifest.Location known = manifest.location(location)) {
					Iterator<LibraryFile> files = listing.files(location);
					List<LibraryFile> chunk = new ArrayList<>(FILES_PER_CHUNK);
					while (files.hasNext()) {
						chunk.add(files.next());
						if (chunk.size() == FILES_PER_CHUNK || !files.hasNext()) {
							add(crc, chunk, known, changes);
							chunk.clear();
						}
					}
				}
			}
			manifest.forgetOtherLocations(listing.locations());
		}
		catch (RuntimeException | Error ex) {
			changes.close();
			throw ex;
		}
		return new SourceChecksum((int) crc.getValue(), changes);
	}

	/**
	 * Adds a chunk of one location's files, in order: the manifest vouches for some, the
	 * others are read, on every processor (reading is all of a first start's checksum:
	 * 200,000 files for 100,000 articles).
	 */
	private static void add(CRC32 crc, List<LibraryFile> chunk, SourceManifest.Location known,
			ManifestChanges changes) {
		String[] recorded = new String[chunk.size()];
		for (int i = 0; i < recorded.length; i++) {
			recorded[i] = known.sha256(chunk.get(i));
		}
		String[] sha256 = new String[chunk.size()];
		IntStream.range(0, sha256.length)
			.parallel()
			.forEach((i) -> sha256[i] = (recorded[i] != null) ? recorded[i] : chunk.get(i).contentSha256());
		for (int i = 0; i < sha256.length; i++) {
			LibraryFile file = chunk.get(i);
			if (recorded[i] == null) {
				changes.read(file.withSha256(sha256[i]));
			}
			crc.update(file.location().getBytes(StandardCharsets.UTF_8));
			crc.update(0);
			crc.update(file.name().getBytes(StandardCharsets.UTF_8));
			crc.update(0);
			crc.update(sha256[i].getBytes(StandardCharsets.US_ASCII));
		}
	}

}
