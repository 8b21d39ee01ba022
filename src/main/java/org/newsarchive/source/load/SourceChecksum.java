package org.newsarchive.source.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;

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
 *
 * @param value the checksum
 * @param listing the files it covers
 * @param read the files it read, because the manifest did not vouch for them, with
 * their SHA-256: what the manifest is to record once the import succeeded
 */
record SourceChecksum(int value, SourceListing listing, List<LibraryFile> read) {

	static SourceChecksum of(String formatVersion, SourceListing listing, SourceManifest recorded) {
		// Reading is all of a first start's checksum (200,000 files for 100,000
		// articles): it is spread over the processors.
		List<LibraryFile> known = listing.files()
			.parallelStream()
			.map((file) -> file
				.withSha256(Objects.requireNonNullElseGet(recorded.sha256(file), file::contentSha256)))
			.toList();
		CRC32 crc = new CRC32();
		crc.update(formatVersion.getBytes(StandardCharsets.UTF_8));
		List<LibraryFile> read = new ArrayList<>();
		for (LibraryFile file : known) {
			if (recorded.sha256(file) == null) {
				read.add(file);
			}
			crc.update(file.location().getBytes(StandardCharsets.UTF_8));
			crc.update(0);
			crc.update(file.name().getBytes(StandardCharsets.UTF_8));
			crc.update(0);
			crc.update(file.sha256().getBytes(StandardCharsets.US_ASCII));
		}
		return new SourceChecksum((int) crc.getValue(), listing, List.copyOf(read));
	}

}
