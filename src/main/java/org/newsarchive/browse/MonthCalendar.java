package org.newsarchive.browse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsarchive.web.Links;

/**
 * A month as a calendar, a week a row from Monday: each day that holds articles links
 * to its day page and says how many.
 *
 * @param title the month as readers write it: December 2017
 * @param weeks the month's weeks, each seven days long; a day outside the month is null
 *   (so the lists are not {@code List.copyOf}'s, which hold no null)
 */
public record MonthCalendar(String title, List<List<Day>> weeks) {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	/** The weekdays' names, Monday first, for the calendar's head. */
	public static final List<Weekday> WEEKDAYS = Arrays.stream(DayOfWeek.values())
		.map((day) -> new Weekday(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
				day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
		.toList();

	/**
	 * The calendar of a month.
	 * @param counts articles a day, by day; days missing from it hold none
	 */
	static MonthCalendar of(YearMonth month, Map<LocalDate, Long> counts) {
		List<List<Day>> weeks = new ArrayList<>();
		List<Day> week = new ArrayList<>(Collections.nCopies(month.atDay(1).getDayOfWeek().getValue() - 1, null));
		for (int d = 1; d <= month.lengthOfMonth(); d++) {
			LocalDate date = month.atDay(d);
			week.add(new Day(d, counts.getOrDefault(date, 0L), Links.day(date)));
			if (week.size() == 7) {
				weeks.add(Collections.unmodifiableList(new ArrayList<>(week)));
				week.clear();
			}
		}
		if (!week.isEmpty()) {
			week.addAll(Collections.nCopies(7 - week.size(), null));
			weeks.add(Collections.unmodifiableList(new ArrayList<>(week)));
		}
		return new MonthCalendar(MONTH.format(month), List.copyOf(weeks));
	}

	public List<Weekday> weekdays() {
		return WEEKDAYS;
	}

	/**
	 * A day of the month.
	 * @param number its number in the month
	 * @param articles how many articles were published on it
	 * @param url its day page
	 */
	public record Day(int number, long articles, String url) {
	}

	/** A weekday's short name and full name. */
	public record Weekday(String abbreviation, String name) {
	}

}
