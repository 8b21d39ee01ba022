package org.newsarchive.browse;

import java.time.YearMonth;

/** How many articles of a tag, a person or the archive one month holds. */
record CoverageMonth(int yearNumber, int monthNumber, int articles) {

	YearMonth yearMonth() {
		return YearMonth.of(this.yearNumber, this.monthNumber);
	}

}
