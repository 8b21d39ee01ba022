package org.newsarchive.source.load;

import java.sql.SQLException;

import org.newsarchive.schema.CaptureDate;
import org.newsarchive.source.SourceFormatException;

/**
 * Checks, once every source is written, that each earlier capture has a newest capture
 * (the article row of its original URL) taken after it. An import keeps that true as
 * sources come, but a source edited since the last import can break it: the newest
 * capture's {@code archived:} moved before an earlier one's, or it was withdrawn, or
 * its {@code original-url} changed. Then the start stops, naming a metadata file to fix.
 * The captures are walked in one query, so nothing it holds grows with the archive.
 */
final class CaptureOrder {

	private CaptureOrder() {
	}

	static void check(Statements statements) throws SQLException {
		statements.query("""
				select c.source_name, c.archived, a.source_name, a.archived
				from capture c left join article a on a.original_key = c.original_key""", (row) -> {
			String capture = row.getString(1);
			String newest = row.getString(3);
			if (newest == null) {
				throw new SourceFormatException(metadataName(capture), 1, "an earlier capture of an original URL "
						+ "that has no newer capture in the archive any more (withdrawn, or its original-url changed): "
						+ "withdraw this one too, or give the newer one back");
			}
			if (CaptureDate.parse(row.getString(2)).compareTo(CaptureDate.parse(row.getString(4))) >= 0) {
				throw new SourceFormatException(metadataName(newest), 1, "'archived' " + row.getString(4)
						+ " is not after that of " + capture + " (" + row.getString(2)
						+ "), an earlier capture of the same original URL");
			}
		});
	}

	private static String metadataName(String sourceName) {
		return sourceName.endsWith(SourceFile.TEXT_SUFFIX)
				? sourceName.substring(0, sourceName.length() - SourceFile.TEXT_SUFFIX.length())
						+ SourceFile.METADATA_SUFFIX
				: sourceName;
	}

}
