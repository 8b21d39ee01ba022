package org.newsarchive.browse;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsarchive.schema.CoverageKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coverage charts, from the monthly counts the import keeps. */
@Service
@Transactional(readOnly = true)
public class CoverageService {

	static final int MIN_MONTHS = 12;

	private final CoverageRepository coverage;

	CoverageService(CoverageRepository coverage) {
		this.coverage = coverage;
	}

	/** A tag's months, from its first article to its last. */
	public CoverageChart ofTag(String slug) {
		return span(this.coverage.find(CoverageKind.TAG, slug));
	}

	/** A person's months, from their first article to their last. */
	public CoverageChart ofPerson(String slug) {
		return span(this.coverage.find(CoverageKind.PERSON, slug));
	}

	/** The twelve months of a year. */
	public CoverageChart ofYear(int year) {
		Map<YearMonth, Integer> counts = new LinkedHashMap<>();
		this.coverage.findYear(CoverageKind.ALL, year)
			.forEach((month) -> counts.put(YearMonth.of(month.getYearNumber(), month.getMonthNumber()),
					month.getArticles()));
		return CoverageChart.of(YearMonth.of(year, 1), YearMonth.of(year, 12), counts);
	}

	/** The years that hold articles, newest first. */
	public List<Integer> years() {
		return this.coverage.findYears(CoverageKind.ALL);
	}

	private static CoverageChart span(List<CoverageMonth> months) {
		if (months.isEmpty()) {
			return null;
		}
		Map<YearMonth, Integer> counts = new LinkedHashMap<>();
		months.forEach((month) -> counts.put(month.yearMonth(), month.articles()));
		YearMonth first = months.get(0).yearMonth();
		YearMonth last = months.get(months.size() - 1).yearMonth();
		// At least a year, so that a short run of news reads as such rather than as one wide bar.
		YearMonth yearBefore = last.minusMonths(MIN_MONTHS - 1);
		return CoverageChart.of(first.isBefore(yearBefore) ? first : yearBefore, last, counts);
	}

}
