package org.newsarchive.search;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTurnsTests {

	final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void givesAsManyTurnsAtOnceAsTheLimitThenAnotherWhenOneEnds() throws Exception {
		SearchTurns turns = new SearchTurns(SearchLimits.DEFAULT.withConcurrentSearches(2));
		MockHttpServletRequest first = new MockHttpServletRequest();
		MockHttpServletRequest second = new MockHttpServletRequest();
		MockHttpServletRequest third = new MockHttpServletRequest();
		MockHttpServletRequest fourth = new MockHttpServletRequest();

		turns.preHandle(first, this.response, null);
		turns.preHandle(second, this.response, null);
		long started = System.nanoTime();
		turns.preHandle(third, this.response, null);
		Duration waited = Duration.ofNanos(System.nanoTime() - started);

		assertThat(turns.held(first)).isTrue();
		assertThat(turns.held(second)).isTrue();
		assertThat(turns.held(third)).isFalse();
		assertThat(waited).isGreaterThanOrEqualTo(SearchLimits.WAIT_FOR_TURN);

		turns.afterCompletion(first, this.response, null, null);
		turns.afterCompletion(third, this.response, null, null);
		turns.preHandle(fourth, this.response, null);

		assertThat(turns.held(first)).isFalse();
		assertThat(turns.held(fourth)).isTrue();
	}

	@Test
	void answersBusyWithRetryAfterASecond() {
		SearchResults busy = SearchResults.busy(" news ");

		assertThat(busy.outcome()).isEqualTo(SearchResults.Outcome.BUSY);
		assertThat(busy.outcome().status().value()).isEqualTo(503);
		assertThat(busy.headers().getFirst("Retry-After")).isEqualTo("1");
		assertThat(busy.query()).isEqualTo("news");
	}

}
