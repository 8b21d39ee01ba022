package org.newsarchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A story the archive took twice, a paragraph changed and one added in between, older
 * than the seed so that the seed stays the newest article: what the capture and
 * comparison pages are checked on where the seed archive alone has none.
 */
public final class CapturedTwice {

	public static final String PERMALINK = "/2010/01/01/a-story-captured-twice";

	public static final String EARLIER = PERMALINK + "/captures/20260101000000";

	public static final String COMPARE = PERMALINK + "/compare/20260101000000/20260201120000";

	public static final String URL = "https://example.org/stories/captured-twice";

	/** {@link #URL} as a query parameter's value. */
	public static final String URL_ENCODED = "https%3A%2F%2Fexample.org%2Fstories%2Fcaptured-twice";

	private CapturedTwice() {
	}

	/** A folder of sources holding both captures (ids 901 and 902), for {@code archive.sources}. */
	public static Path folder() {
		try {
			Path folder = TemporaryFolders.create("captured-twice");
			String url = URL;
			SourceBuilder.article(901).headline("A story captured twice").published("2010-01-01").originalUrl(url)
				.archived("2026-01-01").paragraph("The first paragraph stays as it was.")
				.paragraph("The second paragraph said one thing.")
				.writeTo(folder, "twice-1");
			SourceBuilder.article(902).headline("A story captured twice").published("2010-01-01").originalUrl(url)
				.archived("2026-02-01T12:00:00Z").paragraph("The first paragraph stays as it was.")
				.paragraph("The second paragraph said another thing.")
				.paragraph("A third paragraph was added.")
				.writeTo(folder, "twice-2");
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
