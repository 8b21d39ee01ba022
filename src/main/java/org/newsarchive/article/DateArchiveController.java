package org.newsarchive.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.newsarchive.browse.CardLists;
import org.newsarchive.browse.CardPage;
import org.newsarchive.browse.CoverageService;
import org.newsarchive.web.Links;
import org.newsarchive.web.PageMeta;
import org.newsarchive.web.PageMetadata;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The date archives: the articles of a year, of a month, and of a day. */
@Controller
class DateArchiveController {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter OTHER_YEARS = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

	private final CardLists articles;

	private final CoverageService coverage;

	private final PageMetadata metadata;

	DateArchiveController(CardLists articles, CoverageService coverage, PageMetadata metadata) {
		this.articles = articles;
		this.coverage = coverage;
		this.metadata = metadata;
	}

	@GetMapping(Links.YEAR)
	String year(@PathVariable int year, @RequestParam(required = false) String before,
			@RequestParam(required = false) String after, Model model) {
		LocalDate from = LocalDate.of(year, 1, 1);
		model.addAttribute("chart", this.coverage.ofYear(year));
		return page(from, from.plusYears(1), before, after, archive(String.valueOf(year), Links.year(year)), model);
	}

	@GetMapping(Links.MONTH)
	String month(@PathVariable int year, @PathVariable int month, @RequestParam(required = false) String before,
			@RequestParam(required = false) String after, Model model) {
		YearMonth yearMonth = yearMonth(year, month);
		PageMeta.Crumb up = new PageMeta.Crumb(String.valueOf(year), Links.year(year));
		String view = page(yearMonth.atDay(1), yearMonth.plusMonths(1).atDay(1), before, after,
				archive(MONTH.format(yearMonth), Links.month(yearMonth)).under(up.name(), up.path()), model);
		model.addAttribute("up", up);
		model.addAttribute("calendar", this.articles.calendarOf(yearMonth));
		return view;
	}

	@GetMapping(Links.DAY)
	String day(@PathVariable int year, @PathVariable int month, @PathVariable int day,
			@RequestParam(required = false) String before, @RequestParam(required = false) String after, Model model) {
		LocalDate date = date(year, month, day);
		YearMonth yearMonth = YearMonth.from(date);
		PageMeta.Crumb up = new PageMeta.Crumb(MONTH.format(yearMonth), Links.month(yearMonth));
		String view = page(date, date.plusDays(1), before, after, archive(DAY.format(date), Links.day(date))
			.under(String.valueOf(year), Links.year(year))
			.under(up.name(), up.path()), model);
		model.addAttribute("up", up);
		MonthDay calendarDay = MonthDay.from(date);
		model.addAttribute("otherYears",
				new PageMeta.Crumb(OTHER_YEARS.format(calendarDay) + " in other years", Links.onThisDay(calendarDay)));
		return view;
	}

	private String page(LocalDate from, LocalDate until, String before, String after, PageMeta meta, Model model) {
		CardPage page = this.articles.between(from, until, CardPage.Paging.of(before, after));
		if (page.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("page", page);
		model.addAttribute("base", meta.path());
		this.metadata.describe(model, meta);
		return "article/archive";
	}

	/** The meta of the archive of a period, named as readers write it: 2017, December 2017. */
	private static PageMeta archive(String period, String path) {
		return PageMeta.of("CollectionPage", "Articles of " + period, "Archived articles published in " + period + ".",
				path);
	}

	private static LocalDate date(int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static YearMonth yearMonth(int year, int month) {
		try {
			return YearMonth.of(year, month);
		}
		catch (DateTimeException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
