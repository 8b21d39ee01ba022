package org.newsarchive.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the credit line of a scraped photo in its usual shapes:
 * {@code REUTERS/Name}, {@code AP Photo/Name}, {@code Name/AP},
 * {@code Name-Pool/Getty Images}, {@code Name/Reuters},
 * {@code X/Handout via REUTERS}, or an agency alone ({@code Getty Images}).
 * <p>
 * A credit is one to three slash-separated parts that each read like a name, one of
 * which is a picture agency. A label line ("Rex Tillerson") has no agency; a paragraph
 * does not read like a name.
 */
public final class PhotoCredit {

	private static final int MAX_LENGTH = 120;

	private static final Pattern NAME_LIKE = Pattern.compile("[\\p{L}\\p{M}\\p{Nd} .'’&-]{1,60}");

	private static final Pattern VIA = Pattern.compile("\\s+via\\s+", Pattern.CASE_INSENSITIVE);

	private static final Set<String> AGENCIES = Set.of("reuters", "ap", "ap photo", "associated press", "afp",
			"afp photo", "getty", "getty images", "epa", "epa-efe", "efe", "shutterstock", "bloomberg", "handout",
			"pool", "xinhua", "kcna", "yonhap", "sputnik", "tass", "anadolu", "imago", "alamy", "press association",
			"pa", "pa images", "business insider", "wikimedia commons", "flickr", "nasa", "youtube", "twitter",
			"screenshot", "courtesy", "kyodo", "ians", "pti", "ani");

	private PhotoCredit() {
	}

	public static boolean isCredit(String line) {
		String text = line.strip();
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			return false;
		}
		String[] parts = text.split("/", -1);
		if (parts.length > 3) {
			return false;
		}
		boolean agency = false;
		for (String part : parts) {
			for (String name : VIA.split(part.strip(), -1)) {
				String trimmed = name.strip();
				if (!NAME_LIKE.matcher(trimmed).matches()) {
					return false;
				}
				agency |= isAgency(trimmed);
			}
		}
		return agency;
	}

	private static boolean isAgency(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return AGENCIES.contains(lower) || lower.endsWith("-pool") || lower.endsWith(" pool");
	}

}
