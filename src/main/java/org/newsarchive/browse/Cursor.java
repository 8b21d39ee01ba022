package org.newsarchive.browse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsarchive.schema.SortKey;

/**
 * A position in a newest-first list of articles, written {@code yyyy-mm-dd.id} in URLs
 * ({@code ?before=2017-12-13.1}). Lists page by cursor, not by page number, so the
 * 2,000th page costs what the first does: an index range read from the cursor on.
 */
public record Cursor(long sortKey) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.(\\d{1,10})");

	public static Cursor of(long sortKey) {
		return new Cursor(sortKey);
	}

	/**
	 * Reads a cursor from a URL.
	 * @throws IllegalArgumentException if it is not {@code yyyy-mm-dd.id}
	 */
	public static Cursor parse(String text) {
		Matcher matcher = FORMAT.matcher(text);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a cursor: " + text);
		}
		try {
			return new Cursor(SortKey.of(LocalDate.parse(matcher.group(1)), Long.parseLong(matcher.group(2))));
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("Not a cursor: " + text, ex);
		}
	}

	@Override
	public String toString() {
		return SortKey.published(this.sortKey) + "." + SortKey.id(this.sortKey);
	}

}
