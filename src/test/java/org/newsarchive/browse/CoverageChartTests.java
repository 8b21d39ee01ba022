package org.newsarchive.browse;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageChartTests {

	@Test
	void drawsTheBarsOfTheMonthsThatHoldArticlesAsOnePath() {
		CoverageChart chart = CoverageChart.of(YearMonth.of(2017, 10), YearMonth.of(2017, 12),
				Map.of(YearMonth.of(2017, 10), 1, YearMonth.of(2017, 12), 4));

		assertThat(chart.barsPath()).isEqualTo("M0 80V60h160V80zM400 80V0h160V80z");
	}

	@Test
	void keepsTheSmallestMonthVisible() {
		CoverageChart chart = CoverageChart.of(YearMonth.of(2017, 11), YearMonth.of(2017, 12),
				Map.of(YearMonth.of(2017, 11), 1, YearMonth.of(2017, 12), 1000));

		assertThat(chart.barsPath()).startsWith("M0 80V78h240V80z");
	}

	@Test
	void drawsNothingForAChartWithoutArticles() {
		CoverageChart chart = CoverageChart.of(YearMonth.of(2017, 11), YearMonth.of(2017, 12), Map.of());

		assertThat(chart.barsPath()).isEmpty();
	}

	@Test
	void tabulatesOnlyTheMonthsThatHoldArticlesLinkingEachToItsArchive() {
		CoverageChart chart = CoverageChart.of(YearMonth.of(2017, 1), YearMonth.of(2017, 12),
				Map.of(YearMonth.of(2017, 3), 1, YearMonth.of(2017, 12), 2));

		assertThat(render(chart)).contains("""
				<tbody>
				        <tr><td><a href="/2017/03">March 2017</a></td><td>1</td></tr>
				<tr><td><a href="/2017/12">December 2017</a></td><td>2</td></tr>

				      </tbody>""");
	}

	@Test
	void escapesTheTableItWrites() {
		CoverageChart.Bar bar = new CoverageChart.Bar(0, 0, 1, 1, "<b>", 1, "/a&b");
		CoverageChart chart = new CoverageChart(600, 80, List.of(bar), "");

		assertThat(render(chart)).contains("<a href=\"/a&amp;b\">&lt;b&gt;</a>");
	}

	/** The chart as a page shows it: the coverage fragment, which writes the table from the bars. */
	private static String render(CoverageChart chart) {
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		templates.setTemplateMode(TemplateMode.HTML);
		templates.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(templates);
		return engine.process("fragments/cards", Set.of("coverage"), new Context(Locale.ENGLISH, Map.of("chart", chart)));
	}

}
