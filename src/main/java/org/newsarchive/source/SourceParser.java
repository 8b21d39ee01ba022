package org.newsarchive.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the scraped text of an article: UTF-8, one block a line, blocks separated by
 * blank lines, LF or CRLF line ends.
 * <ul>
 * <li>Line 1 is the headline; a later copy of it before the body is scrape noise.</li>
 * <li>{@code Advertisement} lines are scrape noise.</li>
 * <li>A line starting with a bullet ({@code •}) is a bullet point.</li>
 * <li>A photo is three lines: a label, a credit ({@link PhotoCredit}), a caption.</li>
 * <li>A short line that does not end like a sentence is a subheading.</li>
 * <li>Every other line is a paragraph.</li>
 * </ul>
 * Nothing else is dropped: each line lands in exactly one block, or the parse fails
 * with a {@link SourceFormatException} naming the file and line.
 */
public final class SourceParser {

	static final int MAX_LINE_LENGTH = 100_000;

	private static final int MAX_SUBHEADING_LENGTH = 120;

	private static final int MAX_LABEL_LENGTH = 300;

	private static final Pattern BULLET = Pattern.compile("^[•●▪◦‣]\\s*");

	private static final Pattern LINE_END = Pattern.compile("\r\n|\n|\r");

	private static final String SENTENCE_ENDINGS = ".,;:\"”“'’…)]";

	private static final String NOISE = "Advertisement";

	private SourceParser() {
	}

	/**
	 * Parses a source.
	 * @param file the name to use in error messages
	 * @param bytes the source, as stored
	 * @return the headline and blocks
	 * @throws SourceFormatException if the source does not follow the format
	 */
	public static SourceText parse(String file, byte[] bytes) {
		String[] lines = LINE_END.split(decode(file, bytes), -1);
		String headline = headline(file, lines);
		List<Line> content = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			String text = lines[i].strip();
			int number = i + 1;
			if (text.length() > MAX_LINE_LENGTH) {
				throw new SourceFormatException(file, number, "line is longer than " + MAX_LINE_LENGTH + " characters");
			}
			rejectControlCharacters(file, number, text);
			boolean repeatedHeadline = content.isEmpty() && text.equals(headline);
			if (!text.isEmpty() && !text.equals(NOISE) && !repeatedHeadline) {
				content.add(new Line(number, text));
			}
		}
		if (content.isEmpty()) {
			throw new SourceFormatException(file, lines.length, "the article has a headline but no body");
		}
		return new SourceText(headline, blocks(file, content));
	}

	private static List<Block> blocks(String file, List<Line> lines) {
		List<Block> blocks = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			Line line = lines.get(i);
			int number = blocks.size() + 1;
			if (isBullet(line)) {
				String text = BULLET.matcher(line.text()).replaceFirst("");
				if (text.isEmpty()) {
					throw new SourceFormatException(file, line.number(), "bullet point without text");
				}
				blocks.add(new Block.Bullet(number, line.number(), text));
				i++;
			}
			else if (i + 1 < lines.size() && isCredit(lines.get(i + 1))) {
				blocks.add(photo(file, number, lines, i));
				i += 3;
			}
			else if (isCredit(line)) {
				throw new SourceFormatException(file, line.number(),
						"photo credit '" + line.text() + "' has no label line before it");
			}
			else if (isSubheading(line.text())) {
				blocks.add(new Block.Subheading(number, line.number(), line.text()));
				i++;
			}
			else {
				blocks.add(new Block.Paragraph(number, line.number(), line.text()));
				i++;
			}
		}
		return blocks;
	}

	private static Block.Photo photo(String file, int number, List<Line> lines, int labelIndex) {
		Line label = lines.get(labelIndex);
		Line credit = lines.get(labelIndex + 1);
		if (label.text().length() > MAX_LABEL_LENGTH) {
			throw new SourceFormatException(file, credit.number(),
					"photo credit '" + credit.text() + "' has no label line before it");
		}
		if (labelIndex + 2 >= lines.size()) {
			throw new SourceFormatException(file, credit.number(),
					"photo credit '" + credit.text() + "' has no caption after it");
		}
		Line caption = lines.get(labelIndex + 2);
		if (isCredit(caption) || isBullet(caption)) {
			throw new SourceFormatException(file, caption.number(),
					"expected the caption of the photo credited '" + credit.text() + "'");
		}
		return new Block.Photo(number, label.number(), label.text(), credit.text(), caption.text());
	}

	private static boolean isBullet(Line line) {
		return BULLET.matcher(line.text()).find();
	}

	private static boolean isCredit(Line line) {
		return PhotoCredit.isCredit(line.text());
	}

	private static boolean isSubheading(String text) {
		if (text.length() > MAX_SUBHEADING_LENGTH || text.contains(". ")) {
			return false;
		}
		char last = text.charAt(text.length() - 1);
		return SENTENCE_ENDINGS.indexOf(last) < 0 && !text.startsWith("\"") && !text.startsWith("“");
	}

	private static String headline(String file, String[] lines) {
		String headline = lines[0].strip();
		if (headline.isEmpty()) {
			throw new SourceFormatException(file, 1, "the first line must be the headline, but it is blank");
		}
		rejectControlCharacters(file, 1, headline);
		return headline;
	}

	private static void rejectControlCharacters(String file, int number, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\t') {
				throw new SourceFormatException(file, number,
						String.format("control character U+%04X at column %d", (int) c, i + 1));
			}
		}
	}

	private static String decode(String file, byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw new SourceFormatException(file, lineOf(bytes, in.position()), "not valid UTF-8");
		}
		decoder.flush(out);
		String text = out.flip().toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** The line holding the byte at {@code offset}, counting from 1. */
	private static int lineOf(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < Math.min(offset, bytes.length); i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private record Line(int number, String text) {
	}

}
