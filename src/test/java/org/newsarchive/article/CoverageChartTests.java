package org.newsarchive.article;

import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageChartTests {

	@Test
	void drawsABarForEveryMonthWithItsTitleAsTheTemplateDid() {
		CoverageChart chart = CoverageChart.of(YearMonth.of(2017, 11), YearMonth.of(2017, 12),
				Map.of(YearMonth.of(2017, 12), 3));

		assertThat(chart.barsSvg()).isEqualTo("""
				<rect x="0.0" y="80.0" width="240.0" height="0.0" class="coverage-bar"><title>November 2017: 0 articles</title></rect>
				<rect x="300.0" y="0.0" width="240.0" height="80.0" class="coverage-bar"><title>December 2017: 3 articles</title></rect>
				""");
	}

	@Test
	void tabulatesOnlyTheMonthsThatHoldArticlesLinkingEachToItsArchive() {
		CoverageChart chart = CoverageChart.of(YearMonth.of(2017, 1), YearMonth.of(2017, 12),
				Map.of(YearMonth.of(2017, 3), 1, YearMonth.of(2017, 12), 2));

		assertThat(chart.tableRows()).isEqualTo("""
				<tr><td><a href="/2017/03">March 2017</a></td><td>1</td></tr>
				<tr><td><a href="/2017/12">December 2017</a></td><td>2</td></tr>
				""");
	}

	@Test
	void escapesWhatItWrites() {
		CoverageChart.Bar bar = new CoverageChart.Bar(0, 0, 1, 1, "<b>", 1, "/a&b");
		CoverageChart chart = new CoverageChart(600, 80, java.util.List.of(bar), "");

		assertThat(chart.barsSvg()).contains("<title>&lt;b&gt;: 1 article</title>");
		assertThat(chart.tableRows()).contains("href=\"/a&amp;b\"");
	}

}
