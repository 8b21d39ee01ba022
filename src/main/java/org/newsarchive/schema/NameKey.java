package org.newsarchive.schema;

import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * A person's name as the archive looks it up, however it is typed: lower case, accents
 * and other diacritics folded as search folds them ({@code Ólafsson} is
 * {@code olafsson}), apostrophes dropped ({@code O’Brien} is {@code obrien}), hyphens
 * and other punctuation read as spaces ({@code Kim Jong-un} is {@code kim jong un}).
 * The import keys the registry's names and aliases so, and search its queries.
 */
public final class NameKey {

	/** The longest key kept: the column's width. */
	public static final int MAX_LENGTH = 200;

	private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ]");

	private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private NameKey() {
	}

	/** The key of a name; empty if it holds no letter or digit. */
	public static String of(String name) {
		char[] folded = new char[name.length() * 4];
		int length = ASCIIFoldingFilter.foldToASCII(name.toCharArray(), 0, folded, 0, name.length());
		String text = APOSTROPHES.matcher(new String(folded, 0, length)).replaceAll("");
		return NOT_WORDS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

}
