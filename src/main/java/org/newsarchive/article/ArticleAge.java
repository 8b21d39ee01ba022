package org.newsarchive.article;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How old an article is on a given day (UTC), as its page says it above the headline:
 * "Published in 2017 — more than 8 years ago", once it is a year old. The words change
 * only when the article's age in whole years does, on the day {@link #nextChange()}
 * gives; its page is kept until then, and no longer.
 *
 * @param published the article's publication date
 * @param today the day the page is rendered on
 */
record ArticleAge(LocalDate published, LocalDate today) {

	/** The article's age in whole years, as a calendar counts them (none before its first anniversary). */
	long years() {
		return Math.max(0, ChronoUnit.YEARS.between(this.published, this.today));
	}

	/** Whether the page says how old the article is: from its first anniversary on. */
	boolean isShown() {
		return years() >= 1;
	}

	/** What the page says above the headline, or null for an article less than a year old. */
	String notice() {
		if (!isShown()) {
			return null;
		}
		long years = years();
		return "Published in " + this.published.getYear() + " — more than "
				+ ((years == 1) ? "a year" : years + " years") + " ago";
	}

	/** The article's headline as link previews show it: with its year once it is a year old. */
	String socialTitle(String headline) {
		return isShown() ? headline + " (" + this.published.getYear() + ")" : headline;
	}

	/**
	 * The first day after today on which the article is a whole year older, and so the
	 * words change. A leap day's article turns a year older on 1 March in other years.
	 */
	LocalDate nextChange() {
		long next = years() + 1;
		LocalDate anniversary = this.published.plusYears(next);
		return (ChronoUnit.YEARS.between(this.published, anniversary) < next) ? anniversary.plusDays(1) : anniversary;
	}

}
