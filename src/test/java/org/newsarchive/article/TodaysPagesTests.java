package org.newsarchive.article;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * the redirect to today's calendar day.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TodaysPagesTests {

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
