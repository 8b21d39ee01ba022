package org.newsarchive.source;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a headline or a name into a URL slug: lower-case ASCII words joined by hyphens. */
public final class Slugs {

	private static final int MAX_LENGTH = 100;

	private Slugs() {
	}

	public static String of(String text) {
		String slug = Normalizer.normalize(text, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("['’]", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH);
			int lastHyphen = slug.lastIndexOf('-');
			slug = (lastHyphen > 0) ? slug.substring(0, lastHyphen) : slug;
		}
		return slug.isEmpty() ? "article" : slug;
	}

}
