package org.newsarchive.article;

import java.time.DateTimeException;
import java.time.LocalDate;
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

/** The date archives: the articles of a year, and of a month. */
@Controller
class DateArchiveController {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

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
		model.addAttribute("year", year);
		return page(yearMonth.atDay(1), yearMonth.plusMonths(1).atDay(1), before, after,
				archive(MONTH.format(yearMonth), Links.month(yearMonth)).under(String.valueOf(year), Links.year(year)),
				model);
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

	private static YearMonth yearMonth(int year, int month) {
		try {
			return YearMonth.of(year, month);
		}
		catch (DateTimeException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
