package org.newsarchive.article;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.newsarchive.browse.CardLists;
import org.newsarchive.browse.CardPage;
import org.newsarchive.web.Links;
import org.newsarchive.web.PageMeta;
import org.newsarchive.web.PageMetadata;
import org.newsarchive.web.Redirects;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** On this day: the articles of one calendar day across the years, newest first, and today's. */
@Controller
class OnThisDayController {

	/** How long a CDN or browser may keep the redirect to today's page, at most: the pages' five minutes. */
	static final Duration TODAY_MAX_AGE = Duration.ofMinutes(5);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

	private final CardLists articles;

	private final PageMetadata metadata;

	private final Clock clock;

	OnThisDayController(CardLists articles, PageMetadata metadata, Clock clock) {
		this.articles = articles;
		this.metadata = metadata;
		this.clock = clock;
	}

	/**
	 * 302 to today's page (UTC), kept by caches downstream for five minutes and never
	 * past midnight; the page cache keeps no redirect at all.
	 */
	@GetMapping(Links.ON_THIS_DAY)
	ResponseEntity<Void> today() {
		ZonedDateTime now = this.clock.instant().atZone(ZoneOffset.UTC);
		Duration untilMidnight = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC));
		Duration maxAge = (untilMidnight.compareTo(TODAY_MAX_AGE) < 0) ? untilMidnight : TODAY_MAX_AGE;
		return Redirects.temporary(Links.onThisDay(MonthDay.from(now)), Duration.ofSeconds(maxAge.getSeconds()));
	}

	@GetMapping(Links.ON_THIS_DAY_DATE)
	String day(@PathVariable int month, @PathVariable int day, @RequestParam(required = false) String before,
			@RequestParam(required = false) String after, Model model) {
		MonthDay monthDay = monthDay(month, day);
		CardPage page = this.articles.onDay(monthDay, CardPage.Paging.of(before, after));
		if (page.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String name = DAY.format(monthDay);
		String path = Links.onThisDay(monthDay);
		model.addAttribute("page", page);
		model.addAttribute("base", path);
		this.metadata.describe(model, PageMeta.of("CollectionPage", "On this day: " + name,
				"Archived articles published on " + name + ", in any year, newest first.", path));
		return "article/on-this-day";
	}

	private static MonthDay monthDay(int month, int day) {
		try {
			return MonthDay.of(month, day);
		}
		catch (DateTimeException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
