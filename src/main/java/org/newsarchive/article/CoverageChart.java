package org.newsarchive.article;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Articles per month as the bars of a small chart, drawn as inline SVG on the server,
 * with a sentence that says what it shows for readers who cannot see it.
 */
public record CoverageChart(int width, int height, List<Bar> bars, String summary) {

	static final int WIDTH = 600;

	static final int HEIGHT = 80;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	/**
	 * Charts every month from {@code first} to {@code last}, empty months included.
	 * @param counts articles by month; months missing from it hold none
	 */
	static CoverageChart of(YearMonth first, YearMonth last, Map<YearMonth, Integer> counts) {
		int months = (int) first.until(last, ChronoUnit.MONTHS) + 1;
		int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		int total = counts.values().stream().mapToInt(Integer::intValue).sum();
		double step = (double) WIDTH / months;
		List<Bar> bars = new ArrayList<>();
		YearMonth peak = first;
		for (int i = 0; i < months; i++) {
			YearMonth month = first.plusMonths(i);
			int count = counts.getOrDefault(month, 0);
			if (count > counts.getOrDefault(peak, 0)) {
				peak = month;
			}
			double height = (max == 0) ? 0 : Math.max((count > 0) ? 2 : 0, (double) HEIGHT * count / max);
			bars.add(new Bar(round(i * step), round(HEIGHT - height), round(Math.max(step * 0.8, 0.5)), round(height),
					MONTH.format(month), count, String.format("/%04d/%02d", month.getYear(), month.getMonthValue())));
		}
		String summary = String.format(Locale.ENGLISH, "Articles per month, %s to %s: %,d in all, most in %s (%,d).",
				MONTH.format(first), MONTH.format(last), total, MONTH.format(peak), counts.getOrDefault(peak, 0));
		return new CoverageChart(WIDTH, HEIGHT, bars, summary);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/** One month's bar. */
	public record Bar(double x, double y, double width, double height, String month, int count, String url) {

		public String label() {
			return this.month + ": " + this.count + ((this.count == 1) ? " article" : " articles");
		}

	}

}
