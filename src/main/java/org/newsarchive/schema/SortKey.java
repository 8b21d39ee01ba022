package org.newsarchive.schema;

import java.time.LocalDate;

/**
 * The one indexed column every list of articles is ordered by, newest first:
 * {@code epoch day × 10^10 + id}. Articles of one day order by id; ids stay below
 * {@link #DAY}, which is what lets the day be read back from the key.
 */
public final class SortKey {

	/** How many sort keys a day spans. */
	public static final long DAY = 10_000_000_000L;

	/** The largest article id a sort key can hold. */
	public static final long MAX_ID = DAY - 1;

	/** Above every article's key: where a newest-first list starts. */
	public static final long TOP = Long.MAX_VALUE;

	/** Below every article's key: where an oldest-first list starts. */
	public static final long BOTTOM = Long.MIN_VALUE;

	private SortKey() {
	}

	/**
	 * The sort key of the article with this date and id.
	 * @throws IllegalArgumentException if the id does not fit
	 */
	public static long of(LocalDate published, long id) {
		if (id < 0 || id > MAX_ID) {
			throw new IllegalArgumentException("An article id is 0 to " + MAX_ID + ", not " + id);
		}
		return published.toEpochDay() * DAY + id;
	}

	/** The first key of a day: every article of that day sorts at or after it. */
	public static long startOf(LocalDate day) {
		return of(day, 0);
	}

	public static LocalDate published(long sortKey) {
		return LocalDate.ofEpochDay(Math.floorDiv(sortKey, DAY));
	}

	/** The SQL that reads the epoch day back from a sort key column (integer division; keys are positive). */
	public static String epochDaySql(String column) {
		return column + " / " + DAY;
	}

	public static long id(long sortKey) {
		return Math.floorMod(sortKey, DAY);
	}

}
