package org.newsarchive.browse;

import java.time.LocalDate;

/** How many articles were published on one day, read from the sort keys of its articles. */
record DayCount(long epochDay, long articles) {

	LocalDate day() {
		return LocalDate.ofEpochDay(this.epochDay);
	}

}
