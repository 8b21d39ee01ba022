package org.newsarchive.article;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.Seed;
import org.newsarchive.web.PageCache;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages that depend on today's date (UTC), on the seed, by a clock the test sets:
 * the article's age above its headline, which no cache keeps past the day it changes,
 * and the redirect to today's calendar day.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TodaysPagesTests {

	/** The day the seed article turns nine: 13 December 2026. */
	static final Instant NINTH_ANNIVERSARY = Instant.parse("2026-12-13T00:00:00Z");

	static final SettableClock CLOCK = new SettableClock();

	@TestBean
	Clock clock;

	static Clock clock() {
		return CLOCK;
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	PageCache pageCache;

	@BeforeEach
	void forgetCachedPages() {
		this.pageCache.clear();
	}

	@Test
	void saysPlainlyAboveTheHeadlineHowOldTheArticleIs() throws Exception {
		CLOCK.set("2026-12-01T12:00:00Z");

		Document page = Jsoup.parse(article().getContentAsString());

		Element notice = page.selectFirst("article header .age-notice");
		assertThat(notice.text()).isEqualTo("Published in 2017 — more than 8 years ago");
		assertThat(notice.nextElementSiblings().select("h1")).hasSize(1);
		assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(Seed.HEADLINE + " (2017)");
		assertThat(page.selectFirst("meta[name=twitter:title]").attr("content")).isEqualTo(Seed.HEADLINE + " (2017)");
		assertThat(page.selectFirst("title").text()).startsWith(Seed.HEADLINE + " ·");
	}

	@Test
	void saysNothingOfItsAgeInItsFirstYear() throws Exception {
		CLOCK.set("2018-12-12T23:59:59Z");

		Document page = Jsoup.parse(article().getContentAsString());

		assertThat(page.select(".age-notice")).isEmpty();
		assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(Seed.HEADLINE);
	}

	@Test
	void aCachedPageDoesNotOutliveTheDayItsAgeChanges() throws Exception {
		CLOCK.set("2026-12-12T12:00:00Z");
		assertThat(notice(article())).isEqualTo("Published in 2017 — more than 8 years ago");
		long kept = this.pageCache.size();

		CLOCK.set("2026-12-12T23:59:59Z");
		MockHttpServletResponse lastSecond = article();
		assertThat(notice(lastSecond)).isEqualTo("Published in 2017 — more than 8 years ago");
		assertThat(this.pageCache.size()).as("served from the page cache").isEqualTo(kept);
		assertThat(lastSecond.getHeader("Cache-Control")).isEqualTo("public, max-age=1");

		CLOCK.set(NINTH_ANNIVERSARY.toString());
		MockHttpServletResponse nextDay = article();
		assertThat(notice(nextDay)).isEqualTo("Published in 2017 — more than 9 years ago");
		assertThat(nextDay.getHeader("ETag")).isNotEqualTo(lastSecond.getHeader("ETag"));
	}

	@Test
	void noCacheDownstreamMayKeepTheArticleFreshOrStalePastTheDayItsAgeChanges() throws Exception {
		CLOCK.set("2026-12-01T12:00:00Z");
		assertThat(article().getHeader("Cache-Control"))
			.isEqualTo("public, max-age=300, stale-while-revalidate=86400");

		CLOCK.set("2026-12-12T23:50:00Z");
		assertThat(article().getHeader("Cache-Control")).isEqualTo("public, max-age=300, stale-while-revalidate=300");

		CLOCK.set("2026-12-12T23:58:00Z");
		assertThat(article().getHeader("Cache-Control")).isEqualTo("public, max-age=120");
	}

	@Test
	void onThisDayRedirectsToTodaysCalendarDayForFiveMinutesAtMost() throws Exception {
		CLOCK.set("2026-12-13T09:00:00Z");
		MockHttpServletResponse morning = this.mvc.perform(get("/on-this-day")).andExpect(status().isFound())
			.andReturn().getResponse();
		assertThat(morning.getHeader("Location")).isEqualTo("/on-this-day/12-13");
		assertThat(morning.getHeader("Cache-Control")).isEqualTo("max-age=300, public");

		CLOCK.set("2026-12-13T23:59:00Z");
		assertThat(this.mvc.perform(get("/on-this-day")).andReturn().getResponse().getHeader("Cache-Control"))
			.isEqualTo("max-age=60, public");

		CLOCK.set("2026-12-14T00:00:00Z");
		assertThat(this.mvc.perform(get("/on-this-day")).andExpect(status().isFound()).andReturn().getResponse()
			.getHeader("Location")).as("not kept by the page cache").isEqualTo("/on-this-day/12-14");
	}

	@Test
	void theSeedsDayAndCalendarDayListIt() throws Exception {
		for (String path : new String[] { "/2017/12/13", "/on-this-day/12-13" }) {
			Document page = Jsoup.parse(this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString());
			assertThat(page.select(".article-card-headline a").eachAttr("href")).as(path)
				.containsExactly(Seed.PERMALINK);
		}
	}

	private MockHttpServletResponse article() throws Exception {
		return this.mvc.perform(get(Seed.PERMALINK)).andExpect(status().isOk()).andReturn().getResponse();
	}

	private static String notice(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString()).selectFirst(".age-notice").text();
	}

	/** A clock a test sets: "now" is what it was last set to. */
	static final class SettableClock extends Clock {

		private volatile Instant now = Instant.parse("2026-12-01T12:00:00Z");

		void set(String instant) {
			this.now = Instant.parse(instant);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException("The archive's clock is UTC");
		}

	}

}
