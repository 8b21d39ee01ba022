package org.newsarchive.schema;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The calendar day of an article's publication, whatever its year, as the indexed
 * column {@code month_day} holds it: {@code month × 100 + day} (1213 for 13 December).
 * The import writes it beside the sort key; the on-this-day lists read an index range of
 * (month_day, sort_key), so a page of one calendar day across the years costs what a
 * page of a tag does.
 */
public final class CalendarDay {

	private CalendarDay() {
	}

	/** The column's value for the calendar day of this date. */
	public static int of(LocalDate date) {
		return of(MonthDay.from(date));
	}

	public static int of(MonthDay day) {
		return day.getMonthValue() * 100 + day.getDayOfMonth();
	}

}
