package org.newsarchive.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns a headline or a name into a URL slug: lower-case ASCII words joined by hyphens. */
public final class Slugs {

	private static final int MAX_LENGTH = 100;

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern APOSTROPHES = Pattern.compile("['’]");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private static final Pattern EDGE_HYPHENS = Pattern.compile("^-|-$");

	private Slugs() {
	}

	public static String of(String text) {
		String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
			.toLowerCase(Locale.ROOT);
		String slug = EDGE_HYPHENS.matcher(SEPARATORS.matcher(APOSTROPHES.matcher(folded).replaceAll(""))
			.replaceAll("-")).replaceAll("");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH);
			int lastHyphen = slug.lastIndexOf('-');
			slug = (lastHyphen > 0) ? slug.substring(0, lastHyphen) : slug;
		}
		return slug.isEmpty() ? "article" : slug;
	}

}
