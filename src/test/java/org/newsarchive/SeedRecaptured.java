package org.newsarchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A later capture of the seed: the same original URL, taken on 1 December 2026, with two
 * paragraphs changed (the 8th and the 12th block) and one added after the 8th. It becomes
 * the article at the seed's permalink; the seed's own text, of 27 November 2026, becomes
 * its earlier capture.
 */
public final class SeedRecaptured {

	public static final int ID = 2;

	public static final String ARCHIVED = "2026-12-01T10:30:00Z";

	/** The seed's capture, now the earlier one: its page. */
	public static final String EARLIER = Seed.PERMALINK + "/captures/20261127000000";

	public static final String LATER_TIMESTAMP = "20261201103000";

	public static final String COMPARE = Seed.PERMALINK + "/compare/20261127000000/" + LATER_TIMESTAMP;

	public static final String CHANGED_8 = "His words appeared to signal a major shift in US policy towards North Korea.";

	public static final String ADDED = "This article was updated with the White House's response.";

	public static final String CHANGED_12_FROM = "told Russian media";

	public static final String CHANGED_12_TO = "told reporters";

	/** An article beside it that the archive took once. */
	public static final int SINGLE_ID = 3;

	public static final String SINGLE_URL = "https://example.org/news/once";

	public static final String SINGLE_PERMALINK = "/2021/05/06/a-story-the-archive-took-once";

	private SeedRecaptured() {
	}

	/** A folder of sources holding the later capture, for {@code archive.sources} beside the seed's. */
	public static Path folder() {
		try {
			Path folder = TemporaryFolders.create("recaptured-sources");
			Files.write(folder.resolve("tillerson-recaptured.txt"), text().getBytes(StandardCharsets.UTF_8));
			String metadata = Files.readString(Seed.METADATA)
				.replace("id: 1\n", "id: " + ID + "\n")
				.replace("archived: " + Seed.ARCHIVED + "\n", "archived: " + ARCHIVED + "\n");
			Files.writeString(folder.resolve("tillerson-recaptured.meta"), metadata);
			SourceBuilder.article(SINGLE_ID).headline("A story the archive took once").published("2021-05-06")
				.originalUrl(SINGLE_URL)
				.writeTo(folder, "single");
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The later capture's text: the seed's, two paragraphs changed and one added. */
	public static String text() throws IOException {
		String seed = Files.readString(Seed.SOURCE);
		String text = seed.replace("His words appeared to signal a significant shift in US policy towards North Korea.",
				CHANGED_8 + "\n\n" + ADDED)
			.replace(CHANGED_12_FROM, CHANGED_12_TO);
		if (text.equals(seed) || text.length() != seed.length() + ADDED.length() + 2 - "significant".length()
				+ "major".length() - CHANGED_12_FROM.length() + CHANGED_12_TO.length()) {
			throw new IllegalStateException("The seed no longer reads as this capture expects");
		}
		return text;
	}

}
