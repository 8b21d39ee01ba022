package org.newsarchive.source;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Any text, however long or odd, either parses or fails with a
 * {@link SourceFormatException}: the parser and every extractor over it finish, in
 * time and within the default thread stack, on what a scraper may bring.
 */
class HostileTextTests {

	static final MentionFinder FINDER = new MentionFinder(List.of(
			new Person("rex-tillerson", "Rex Tillerson", List.of("Tillerson"), "US Secretary of State"),
			new Person("aaa-bbb", "Aaa Bbb", List.of("Ccc"), "A person the generated runs name"),
			new Person("lu-kang", "Lu Kang", List.of(), "Spokesman")));

	/** Quote marks, bullets, credits and pieces of attribution that the extractors look for. */
	static final List<String> PIECES = List.of("\"", "“", "”", "'", "‘", "’", ":", ": \"", ",\" ", "\" ", " said",
			" said:", " told Reuters: ", " according to ", "The ", "the White House", "Mr. ", "He ", "she ", " also ",
			"• ", "●", "REUTERS/", "/AP", "-Pool/Getty Images", "AP Photo/", " via ", "/", "U.S.", ".", "...", "…",
			"Advertisement", "'s ", "’s ", "-", " and ", " in ", "\t", " ", "  ", "\u00a0", "\u2028", "\u200b",
			"\u0301", "é", "日本", "😀", "\r", "\n", "\r\n", "\n\n", "\nslug: ", "\nid: 1", "\nphoto.1: ", "a-",
			"-a", " | ", "#");

	/** Control characters, which the parser refuses: only some texts have them, so most reach the extractors. */
	static final List<String> CONTROLS = List.of("\u0000", "\u001b", "\u007f", "\u0085", "\u0008", "\u000b", "\f");

	@Test
	@Timeout(value = 30, unit = TimeUnit.SECONDS)
	void aThousandCapitalisedWordsBeforeAQuoteNeitherOverflowNorHang() {
		String run = capitalisedWords(1_000);

		readEverything("Headline\n\n" + run + ": \"a quote.\"\n");
		readEverything("Headline\n\n\"A quote,\" " + run + " said.\n");
		readEverything("Headline\n\n\"A quote,\" said " + run + ".\n");
		readEverything("Headline\n\n\"A quote,\" the " + run + " said.\n");
		readEverything("Headline\n\n" + run + " said: \"a quote.\" \"And more.\"\n");
		readEverything(run + "\n\n" + run + "\nREUTERS/" + run + "\n" + run + ".\n");
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void linesOfAHundredThousandCharactersNeitherOverflowNorHang() {
		int length = SourceParser.MAX_LINE_LENGTH;
		String words = fill(capitalisedWords(30_000), length);
		String quotes = fill("\"A quote,\" Aaa Bbb said: \"" + capitalisedWords(5) + " ", length);
		String credit = fill("REUTERS/" + capitalisedWords(20_000), length);
		String letters = "A".repeat(length);
		String spaces = "A" + " ".repeat(length - 2) + "a";
		String quoteAfterWords = words.substring(0, length - 12) + ": \"a quote\"";
		String wordsAfterQuote = "\"A quote,\" " + words.substring(0, length - 17) + " said.";

		readEverything(String.join("\n", letters, "", words, "", quotes, "", words, credit, quotes, "", spaces, "",
				fill("• " + capitalisedWords(20_000), length), "", fill("“" + capitalisedWords(20_000), length), ""));
		readEverything(String.join("\n", words, "", letters + "\nREUTERS/Someone\n" + words, "", spaces));
		readEverything(String.join("\n", letters, "", quoteAfterWords, "", wordsAfterQuote, "", quoteAfterWords));
	}

	@Test
	@Timeout(value = 30, unit = TimeUnit.SECONDS)
	void longSlugsInMetadataAndTheRegistryNeitherOverflowNorHang() {
		String slug = "a" + "-a".repeat(50_000);

		readEverything("id: 1\npublished: 2020-01-01\narchived: 2026-11-27\npublisher: P\noriginal-url: https://example.org/\nslug: " + slug
				+ "\nprevious-slugs: " + slug + "\n");
		readEverything(slug + " | Name | | Role\n");
	}

	/**
	 * Thousands of random mixes of the pieces the parser and extractors look for, long
	 * lines, control characters and random code points. The seed of a failing case is
	 * in the failure message: {@code -Dhostile.seed=…} replays it first.
	 */
	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void randomOddTextsParseOrFailWithFileAndLine() {
		long base = Long.getLong("hostile.seed", 20240612L);
		int parsed = 0;
		int cases = 2_500;
		for (int i = 0; i < cases; i++) {
			long seed = base + i;
			String text = oddText(new Random(seed));
			try {
				parsed += readEverything(text) ? 1 : 0;
			}
			catch (Throwable ex) {
				fail("seed " + seed + " (-Dhostile.seed=" + seed + "): " + ex, ex);
			}
		}
		assertThat(parsed).as("texts that reach the extractors").isGreaterThan(cases / 3);
	}

	/**
	 * Runs the parser and every extractor as the import does: only a parsed article, or
	 * a {@link SourceFormatException} naming the file and a line, is an answer.
	 * @return whether the text parsed as an article
	 */
	static boolean readEverything(String text) {
		boolean article = false;
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		try {
			SourceText parsed = SourceParser.parse("odd.txt", bytes);
			Slugs.of(parsed.headline());
			for (Block block : parsed.blocks()) {
				if (block instanceof Block.Photo photo) {
					FINDER.inLabel(photo.label());
					PhotoCredit.isCredit(photo.credit());
					FINDER.inText(photo.caption());
				}
				else {
					FINDER.inText(text(block));
				}
			}
			QuoteExtractor.extract(parsed.blocks(), FINDER::person);
			article = true;
		}
		catch (SourceFormatException ex) {
			assertThat(ex.file()).isEqualTo("odd.txt");
			assertThat(ex.line()).isPositive();
		}
		for (String line : text.split("\n", -1)) {
			PhotoCredit.isCredit(line);
		}
		try {
			MetadataParser.parse("odd.meta", bytes);
		}
		catch (SourceFormatException ex) {
			assertThat(ex.line()).isPositive();
		}
		try {
			PeopleRegistryParser.parse("odd.registry", bytes);
		}
		catch (SourceFormatException ex) {
			assertThat(ex.line()).isPositive();
		}
		return article;
	}

	private static String text(Block block) {
		if (block instanceof Block.Paragraph paragraph) {
			return paragraph.text();
		}
		if (block instanceof Block.Subheading subheading) {
			return subheading.text();
		}
		return ((Block.Bullet) block).text();
	}

	/** {@code Aaa Bbb Ccc …}: distinct capitalised words. */
	static String capitalisedWords(int count) {
		StringBuilder words = new StringBuilder();
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				words.append(' ');
			}
			char letter = (char) ('a' + (i % 26));
			words.append(Character.toUpperCase(letter)).append(letter).append(letter);
			if (i >= 26) {
				words.append((char) ('a' + (i / 26) % 26));
			}
		}
		return words.toString();
	}

	private static String fill(String text, int length) {
		StringBuilder filled = new StringBuilder(length);
		while (filled.length() < length) {
			filled.append(text).append(' ');
		}
		filled.setLength(length);
		// the parser strips a line: it must end as it starts, on a character
		filled.setCharAt(length - 1, 'x');
		return filled.toString();
	}

	private static String oddText(Random random) {
		StringBuilder text = new StringBuilder();
		int pieces = 1 + random.nextInt((random.nextInt(40) == 0) ? 1_500 : 60);
		boolean controls = random.nextInt(5) == 0;
		for (int i = 0; i < pieces; i++) {
			switch (random.nextInt(controls ? 9 : 8)) {
				case 0 -> text.append(capitalisedWords(1 + random.nextInt((random.nextInt(50) == 0) ? 3_000 : 12)));
				case 1 -> text.append(' ').append(lowerCaseWords(random, 1 + random.nextInt(20)));
				case 2 -> text.append(' ').append("ab ".repeat(random.nextInt(20)).strip()).append(' ');
				case 3 -> {
					int codePoint = random.nextInt(Character.MAX_CODE_POINT + 1);
					boolean refused = Character.isISOControl(codePoint) && !controls;
					if ((!Character.isSurrogate((char) codePoint) || codePoint > 0xFFFF) && !refused) {
						text.appendCodePoint(codePoint);
					}
				}
				case 4 -> text.append(Character.toString('A' + random.nextInt(26)).repeat(1 + random.nextInt(
						(random.nextInt(200) == 0) ? 100_001 : 40)));
				case 8 -> text.append(CONTROLS.get(random.nextInt(CONTROLS.size())));
				default -> text.append(PIECES.get(random.nextInt(PIECES.size())));
			}
		}
		return text.toString();
	}

	private static String lowerCaseWords(Random random, int count) {
		StringBuilder words = new StringBuilder();
		for (int i = 0; i < count; i++) {
			words.append((i > 0) ? " " : "").append((char) ('a' + random.nextInt(26))).append("ly");
		}
		return words.toString();
	}

}
