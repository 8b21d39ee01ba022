package org.newsarchive.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.newsarchive.Seed.HEADLINE;
import static org.newsarchive.Seed.KEY_POINTS;
import static org.newsarchive.Seed.PHOTO_CREDITS;
import static org.newsarchive.Seed.PHOTO_LABELS;
import static org.newsarchive.Seed.SOURCE;

class SourceParserTests {

	@Test
	void parsesTheSeedIntoItsHeadlineKeyPointsParagraphsSubheadingsAndPhotos() throws IOException {
		SourceText seed = SourceParser.parse("seed.txt", Files.readAllBytes(SOURCE));

		assertThat(seed.headline()).isEqualTo(HEADLINE);
		assertThat(seed.keyPoints()).extracting(Block.Bullet::text).containsExactlyElementsOf(KEY_POINTS);
		assertThat(seed.blocksOf(Block.Paragraph.class)).hasSize(18);
		assertThat(seed.blocksOf(Block.Subheading.class)).extracting(Block.Subheading::text)
			.containsExactly("The White House is unmoved", "Golden opportunity for peace - if that's what the US wants");
		assertThat(seed.blocksOf(Block.Photo.class)).extracting(Block.Photo::credit)
			.containsExactlyElementsOf(PHOTO_CREDITS);
		assertThat(seed.blocksOf(Block.Photo.class)).extracting(Block.Photo::label)
			.containsExactlyElementsOf(PHOTO_LABELS);
	}

	@Test
	void keepsTheSeedsBlocksInSourceOrderAndDropsOnlyTheNoise() throws IOException {
		SourceText seed = SourceParser.parse("seed.txt", Files.readAllBytes(SOURCE));

		assertThat(seed.blocks()).extracting(Block::line)
			.containsExactly(6, 13, 14, 15, 17, 19, 21, 23, 27, 29, 31, 33, 35, 37, 45, 47, 49, 51, 53, 57, 59, 65, 67,
					69, 71, 75);
		assertThat(seed.blocks()).extracting(Block::number).isSorted().doesNotHaveDuplicates();
		assertThat(seed.blocks()).allSatisfy((block) -> assertThat(block.toString()).doesNotContain("Advertisement"));
	}

	@Test
	void placesEveryLineOfTheSeedThatIsNotNoise() throws IOException {
		List<String> lines = Files.readAllLines(SOURCE);
		SourceText seed = SourceParser.parse("seed.txt", Files.readAllBytes(SOURCE));
		String placed = String.join("\n", seed.blocks().stream().map(Block::toString).toList());

		for (int i = 1; i < lines.size(); i++) {
			String line = lines.get(i).strip().replaceFirst("^• ", "");
			if (!line.isEmpty() && !line.equals("Advertisement") && !line.equals(seed.headline())) {
				assertThat(placed).as("line %d", i + 1).contains(line);
			}
		}
	}

	@Test
	void readsOtherCreditsPhotosWithoutKeyPointsAndBulletsMidBody() {
		SourceText text = parse("""
				Floods close schools across the region

				Advertisement
				Flooded street

				AP Photo/Jane Doe

				A street under water on Monday.

				Schools in the region closed on Monday after days of rain.

				Officials listed what residents should do:

				• Stay indoors.
				• Keep away from rivers.

				The next steps

				Rescue boat

				John Smith/Reuters

				A rescue boat on the river.

				Aid arrived

				Handout photo

				X/Handout via REUTERS

				Supplies being unloaded.

				Helicopter

				Getty Images

				A helicopter over the valley.
				""");

		assertThat(text.keyPoints()).isEmpty();
		assertThat(text.blocksOf(Block.Photo.class)).extracting(Block.Photo::credit)
			.containsExactly("AP Photo/Jane Doe", "John Smith/Reuters", "X/Handout via REUTERS", "Getty Images");
		assertThat(text.blocksOf(Block.Bullet.class)).extracting(Block.Bullet::text)
			.containsExactly("Stay indoors.", "Keep away from rivers.");
		assertThat(text.blocksOf(Block.Subheading.class)).extracting(Block.Subheading::text)
			.containsExactly("The next steps", "Aid arrived");
		assertThat(text.blocksOf(Block.Paragraph.class)).extracting(Block.Paragraph::text)
			.containsExactly("Schools in the region closed on Monday after days of rain.",
					"Officials listed what residents should do:");
	}

	@Test
	void readsCrlfLineEndsStraySpacesAndAByteOrderMark() {
		String text = "\uFEFFA headline\r\n\r\n  Advertisement  \r\n\t • First point  \r\n\r\n  A paragraph.   \r\n";

		SourceText parsed = parse(text);

		assertThat(parsed.headline()).isEqualTo("A headline");
		assertThat(parsed.keyPoints()).extracting(Block.Bullet::text).containsExactly("First point");
		assertThat(parsed.blocksOf(Block.Paragraph.class)).extracting(Block.Paragraph::text)
			.containsExactly("A paragraph.");
		assertThat(parsed.blocks()).extracting(Block::line).containsExactly(4, 6);
	}

	@Test
	void readsALeadPhotoBeforeTheKeyPoints() {
		SourceText text = parse("""
				Headline

				Some Person

				Name Surname/AFP

				Some Person speaks.

				• Point one.

				Body text.
				""");

		assertThat(text.blocks().get(0)).isInstanceOf(Block.Photo.class);
		assertThat(text.keyPoints()).hasSize(1);
	}

	@Test
	void failsWithFileAndLineOnACreditWithoutACaption() {
		assertFailsAt("Headline\n\nA paragraph.\n\nLabel\n\nREUTERS/Someone\n", 7, "no caption");
	}

	@Test
	void failsWithFileAndLineOnACreditWithoutALabel() {
		assertFailsAt("Headline\n\nREUTERS/Someone\n\nCaption.\n", 3, "no label");
	}

	@Test
	void failsOnABlankFirstLine() {
		assertFailsAt("\nHeadline\n\nBody.\n", 1, "headline");
	}

	@Test
	void failsOnAHeadlineWithoutABody() {
		assertFailsAt("Headline\n\nAdvertisement\n", 4, "no body");
	}

	@Test
	void failsOnInvalidUtf8NamingItsLine() {
		byte[] bytes = "Headline\n\nGood line.\n\nBad \u0000".getBytes(StandardCharsets.UTF_8);
		bytes[bytes.length - 1] = (byte) 0xC3;

		assertThatExceptionOfType(SourceFormatException.class)
			.isThrownBy(() -> SourceParser.parse("bad.txt", bytes))
			.withMessage("bad.txt:5: not valid UTF-8");
	}

	@Test
	void failsOnControlCharacters() {
		assertFailsAt("Headline\n\nBody \u0007 text.\n", 3, "control character");
	}

	@Test
	void failsOnAnEmptyBullet() {
		assertFailsAt("Headline\n\n•\n\nBody.\n", 3, "bullet");
	}

	private static SourceText parse(String text) {
		return SourceParser.parse("test.txt", text.getBytes(StandardCharsets.UTF_8));
	}

	private static void assertFailsAt(String text, int line, String problem) {
		assertThatExceptionOfType(SourceFormatException.class).isThrownBy(() -> parse(text))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(line))
			.withMessageStartingWith("test.txt:" + line + ": ")
			.withMessageContaining(problem);
	}

}
