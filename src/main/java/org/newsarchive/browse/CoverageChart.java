package org.newsarchive.browse;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsarchive.web.Links;

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
					MONTH.format(month), count, Links.month(month)));
		}
		String summary = String.format(Locale.ENGLISH, "Articles per month, %s to %s: %,d in all, most in %s (%,d).",
				MONTH.format(first), MONTH.format(last), total, MONTH.format(peak), counts.getOrDefault(peak, 0));
		return new CoverageChart(WIDTH, HEIGHT, bars, summary);
	}

	/**
	 * The chart's bars as the data of one SVG {@code path}: a rectangle for each month
	 * that holds articles. One element rather than a titled {@code rect} a month: a chart
	 * of 25 years is 300 bars, which made half the bytes of a tag page and a third of its
	 * elements. Each month's count is in the table that the page writes from the bars.
	 */
	public String barsPath() {
		StringBuilder path = new StringBuilder(this.bars.size() * 24);
		for (Bar bar : this.bars) {
			if (bar.count() > 0) {
				path.append('M').append(number(bar.x())).append(' ').append(this.height)
					.append('V').append(number(bar.y()))
					.append('h').append(number(bar.width()))
					.append('V').append(this.height).append('z');
			}
		}
		return path.toString();
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/** A coordinate as SVG takes it, without a trailing ".0". */
	private static String number(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

	/** One month's bar. */
	public record Bar(double x, double y, double width, double height, String month, int count, String url) {
	}

}
