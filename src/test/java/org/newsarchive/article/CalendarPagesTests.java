package org.newsarchive.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsarchive.CalendarArchive;
import org.newsarchive.tag.RecordingStatementInspector;
import org.newsarchive.web.PageCache;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Day pages, on-this-day pages and the month's calendar on a generated archive: each
 * lists what the database says it should, in order, and pages as the other lists do.
 * The expected lists are read with plain SQL on the publication date, not through the
 * columns the pages read (sort key ranges, {@code month_day}).
 */
class CalendarPagesTests extends CalendarArchive {

	private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

	@Autowired
	PageCache pageCache;

	@Test
	void aDayPageListsThatDaysArticlesNewestFirstAPageAtATime() throws Exception {
		List<String> expected = permalinks("where published = ? order by sort_key desc", BUSY_DAY);
		assertThat(expected).hasSizeGreaterThanOrEqualTo(ON_BUSY_DAY);

		Document first = page("/2019/03/01");

		assertThat(first.selectFirst("h1").text()).isEqualTo("Articles of 1 March 2019");
		assertThat(first.selectFirst(".kicker a").attr("href")).isEqualTo("/2019/03");
		assertThat(first.selectFirst(".other-years a").attr("href")).isEqualTo("/on-this-day/03-01");
		assertThat(first.select(".article-card-headline a")).hasSize(20);
		assertThat(readAllPages("/2019/03/01")).containsExactlyElementsOf(expected);
	}

	@Test
	void aDayPageReadsNewerPagesBackToTheFirst() throws Exception {
		Document second = page(olderLink(page("/2019/03/01")));
		Element newer = second.selectFirst(".pagination a[rel=prev]");

		assertThat(newer).isNotNull();
		assertThat(hrefs(page(newer.attr("href")))).containsExactlyElementsOf(hrefs(page("/2019/03/01")));
	}

	@Test
	void onThisDayListsThatCalendarDayAcrossTheYearsNewestFirst() throws Exception {
		List<String> expected = permalinks(
				"where extract(month from published) = 3 and extract(day from published) = 1 order by sort_key desc");
		assertThat(expected.stream().map((link) -> link.substring(1, 5)).distinct().count()).isGreaterThan(5);

		Document first = page("/on-this-day/03-01");

		assertThat(first.selectFirst("h1").text()).isEqualTo("On this day: 1 March");
		assertThat(readAllPages("/on-this-day/03-01")).containsExactlyElementsOf(expected);
	}

	@Test
	void onThisDayKnowsTheLeapDay() throws Exception {
		List<String> expected = permalinks(
				"where extract(month from published) = 2 and extract(day from published) = 29 order by sort_key desc");

		assertThat(expected).hasSizeGreaterThanOrEqualTo(LEAP_DAYS.size());
		assertThat(readAllPages("/on-this-day/02-29")).containsExactlyElementsOf(expected);
	}

	@Test
	void theMonthsCalendarLinksEachDayThatHoldsArticlesWithItsCount() throws Exception {
		Map<String, Long> expected = new LinkedHashMap<>();
		this.jdbc.query("select published, count(*) from article where published >= ? and published < ?"
				+ " group by published order by published", (row) -> {
					expected.put("/" + row.getDate(1).toLocalDate().format(DateTimeFormatter.ofPattern("yyyy/MM/dd")),
							row.getLong(2));
				}, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 4, 1));

		Element calendar = page("/2019/03").selectFirst("table.calendar");

		Map<String, Long> shown = new LinkedHashMap<>();
		for (Element link : calendar.select("td a")) {
			shown.put(link.attr("href"), Long.parseLong(link.selectFirst(".calendar-day-count").ownText()));
		}
		assertThat(shown).containsExactlyEntriesOf(expected);
		assertThat(calendar.select("tbody tr").first().select("td")).hasSize(7);
		// 1 March 2019 was a Friday: the first row holds four empty days before it.
		assertThat(calendar.select("tbody tr").first().select("td").get(4).text()).startsWith("1");
		assertThat(calendar.selectFirst("a[href=/2019/03/01]").text())
			.isEqualTo("1 March 2019, " + expected.get("/2019/03/01") + " articles");
	}

	@Test
	void theYearPageLinksItsMonthsWithTheirCounts() throws Exception {
		Element months = page("/2019").selectFirst("nav.calendar-months");

		assertThat(months.select("a").eachAttr("href")).first().isEqualTo("/2019/01");
		assertThat(months.selectFirst("a[href=/2019/03]").parent().selectFirst(".count").text())
			.isEqualTo(count("where published >= ? and published < ?", LocalDate.of(2019, 3, 1),
					LocalDate.of(2019, 4, 1)) + " articles");
	}

	@Test
	void aPageOfOnThisDayIsReadFromTheIndexNotTheTable() throws Exception {
		this.pageCache.clear();
		RecordingStatementInspector.statements.clear();
		this.mvc.perform(get("/on-this-day/03-01")).andExpect(status().isOk());
		String sql = RecordingStatementInspector.statements.stream()
			.filter((statement) -> statement.contains("month_day=?"))
			.findFirst()
			.orElseThrow();

		String plan = this.jdbc.queryForObject("explain analyze " + sql.replaceFirst("\\?", "301")
			.replaceFirst("\\?", Long.toString(Long.MAX_VALUE))
			.replaceFirst("\\?", "21"), String.class);

		// A page and one more, each with its article row and thumbnail, as a tag's page reads.
		assertThat(scanned(plan)).isPositive().isLessThanOrEqualTo(21 * 6);
		assertThat(count("")).isGreaterThan(GENERATED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/2017/02/30", "/2019/02/29", "/2019/13/01", "/2019/00/10", "/2019/03/32",
			"/on-this-day/13-40", "/on-this-day/02-30", "/on-this-day/04-31", "/on-this-day/00-01", "/1999/03/01" })
	void answersAnImpossibleOrEmptyDayWith404(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	@Test
	void answersADayWithoutArticlesWith404() throws Exception {
		LocalDate empty = this.jdbc.queryForObject("select min(d) from (select dateadd(day, 1, published) d from article"
				+ " where published > '2001-01-01') x where d not in (select published from article)", LocalDate.class);

		this.mvc.perform(get(org.newsarchive.web.Links.day(empty))).andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@CsvSource({ "/2019/03/01/, /2019/03/01", "/On-This-Day/03-01, /on-this-day/03-01",
			"/on-this-day/03-01/, /on-this-day/03-01", "/2019/03/01?utm_source=x, /2019/03/01" })
	void sendsEveryOtherSpellingToTheCanonicalAddress(String spelling, String canonical) throws Exception {
		this.mvc.perform(get(spelling)).andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", canonical));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/2019/03/01?before=yesterday", "/on-this-day/03-01?after=2019-02-31.1" })
	void answersAMalformedCursorWith400(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isBadRequest());
	}

	/** Every card of a list, following its older pages to the end. */
	private List<String> readAllPages(String path) throws Exception {
		List<String> all = new ArrayList<>();
		String next = path;
		while (next != null) {
			Document page = page(next);
			List<String> cards = hrefs(page);
			assertThat(cards).as(next).isNotEmpty().hasSizeLessThanOrEqualTo(20);
			all.addAll(cards);
			next = olderLink(page);
		}
		return all;
	}

	private static String olderLink(Document page) {
		Element older = page.selectFirst(".pagination a[rel=next]");
		return (older != null) ? older.attr("href") : null;
	}

	private static List<String> hrefs(Document page) {
		return page.select(".article-card-headline a").eachAttr("href");
	}

	private List<String> permalinks(String where, Object... arguments) {
		return this.jdbc.query("select published, slug from article " + where,
				(row, n) -> "/" + row.getDate(1).toLocalDate().format(DateTimeFormatter.ofPattern("yyyy/MM/dd")) + "/"
						+ row.getString(2),
				arguments);
	}

	private int count(String where, Object... arguments) {
		return this.jdbc.queryForObject("select count(*) from article " + where, Integer.class, arguments);
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private static long scanned(String plan) {
		long rows = 0;
		Matcher matcher = SCAN_COUNT.matcher(plan);
		while (matcher.find()) {
			rows += Long.parseLong(matcher.group(1));
		}
		return rows;
	}

}
