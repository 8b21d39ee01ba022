package org.newsarchive.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.newsarchive.Seed.ARCHIVED;
import static org.newsarchive.Seed.ID;
import static org.newsarchive.Seed.METADATA;
import static org.newsarchive.Seed.ORIGINAL_URL;
import static org.newsarchive.Seed.PUBLISHED;
import static org.newsarchive.Seed.TAG_NAMES;

class MetadataParserTests {

	@Test
	void readsTheSeedsEditorialFacts() throws IOException {
		Metadata metadata = MetadataParser.parse("seed.meta", Files.readAllBytes(METADATA));

		assertThat(metadata.id()).isEqualTo(ID);
		assertThat(metadata.published()).isEqualTo(LocalDate.parse(PUBLISHED));
		assertThat(metadata.originalUrl()).hasToString(ORIGINAL_URL);
		assertThat(metadata.tags()).containsAll(TAG_NAMES);
		assertThat(metadata.photoFiles()).isEmpty();
		assertThat(metadata.archived().iso()).isEqualTo(ARCHIVED);
		assertThat(metadata.archived().dateOnly()).isTrue();
	}

	@Test
	void readsACaptureDateTimeWithItsOffset() {
		Metadata metadata = parse(
				"id: 7\npublished: 2020-01-02\narchived: 2026-11-27T15:03:00+01:00\npublisher: P\noriginal-url: https://example.org/a\n");

		assertThat(metadata.archived().iso()).isEqualTo("2026-11-27T15:03:00+01:00");
		assertThat(metadata.archived().instant()).hasToString("2026-11-27T14:03:00Z");
	}

	@Test
	void failsOnASourceWithoutACaptureDate() {
		assertFailsAt("id: 1\npublished: 2020-01-02\npublisher: P\noriginal-url: https://example.org\n", 5,
				"'archived' is required");
	}

	@Test
	void failsOnACaptureDateThatIsNeitherADateNorADateTimeWithAnOffset() {
		for (String bad : new String[] { "27 November 2026", "2026-11-27T14:03:00", "2026-11-27 14:03Z", "2026-13-01",
				"2026-11-27T14:03:00.5Z", "yesterday" }) {
			assertFailsAt("id: 1\npublished: 2020-01-02\npublisher: P\noriginal-url: https://example.org\n"
					+ "# when\narchived: " + bad + "\n", 6, "'archived' must be an ISO date");
		}
	}

	@Test
	void readsPhotoFilesAndASlug() {
		Metadata metadata = parse("id: 7\npublished: 2020-01-02\narchived: 2026-11-27\npublisher: P\noriginal-url: https://example.org/a\n"
				+ "slug: a-story\nphoto.2: lead.jpg\n");

		assertThat(metadata.slug()).contains("a-story");
		assertThat(metadata.photoFiles()).containsEntry(2, "lead.jpg");
		assertThat(metadata.lineOf("photo.2")).isEqualTo(7);
	}

	@Test
	void failsOnAnUnknownKeyWithItsLine() {
		assertFailsAt("id: 1\n# comment\nauthor: Someone\n", 3, "unknown key 'author'");
	}

	@Test
	void failsOnAMissingRequiredKey() {
		assertFailsAt("id: 1\npublished: 2020-01-02\narchived: 2026-11-27\npublisher: P\n", 5, "'original-url' is required");
	}

	@Test
	void failsOnABadDate() {
		assertFailsAt("id: 1\npublished: 13/12/2017\narchived: 2026-11-27\npublisher: P\noriginal-url: https://example.org\n", 2, "yyyy-mm-dd");
	}

	@Test
	void failsOnARepeatedKey() {
		assertFailsAt("id: 1\nid: 2\n", 2, "twice");
	}

	@Test
	void failsOnAPhotoFileOutsideTheSourcesFolder() {
		assertFailsAt("id: 1\npublished: 2020-01-02\narchived: 2026-11-27\npublisher: P\noriginal-url: https://example.org\n"
				+ "photo.1: ../../etc/passwd\n", 6, "must name a file");
	}

	private static Metadata parse(String text) {
		return MetadataParser.parse("test.meta", text.getBytes(StandardCharsets.UTF_8));
	}

	private static void assertFailsAt(String text, int line, String problem) {
		assertThatExceptionOfType(SourceFormatException.class).isThrownBy(() -> parse(text))
			.withMessageStartingWith("test.meta:" + line + ": ")
			.withMessageContaining(problem);
	}

}
