package org.newsarchive.article;

import java.time.LocalDate;

/** The archive's URL scheme for articles: {@code /yyyy/mm/dd/slug} and {@code /a/id}. */
public final class Permalinks {

	private Permalinks() {
	}

	public static String of(LocalDate published, String slug) {
		return String.format("/%04d/%02d/%02d/%s", published.getYear(), published.getMonthValue(),
				published.getDayOfMonth(), slug);
	}

	public static String shortLink(long id) {
		return "/a/" + id;
	}

}
