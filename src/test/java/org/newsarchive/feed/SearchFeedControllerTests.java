package org.newsarchive.feed;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveProperties;
import org.newsarchive.search.SearchQuery;
import org.newsarchive.search.SearchRequests;
import org.newsarchive.search.SearchResults;
import org.newsarchive.search.SearchResults.Outcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the search feed answers when the search could not run, or ran out of time. */
@WebMvcTest(SearchFeedController.class)
@Import(AtomWriter.class)
@AutoConfigureMockMvc(addFilters = false)
class SearchFeedControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SearchRequests search;

	@TestConfiguration
	@EnableConfigurationProperties(ArchiveProperties.class)
	static class Settings {

	}

	@Test
	void answersWhenTooManySearchesRunWith503AndRetryAfterASecond() throws Exception {
		given(this.search.answer(any())).willReturn(SearchResults.busy("news"));

		this.mvc.perform(get("/search/feed.xml").param("q", "news"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "1"))
			.andExpect(content().contentTypeCompatibleWith("text/plain"))
			.andExpect(content().string(containsString("try again")));
	}

	@Test
	void answersWhileTheIndexIsBuiltWith503AndRetryAfterHalfAMinute() throws Exception {
		given(this.search.answer(any())).willReturn(results(Outcome.UNAVAILABLE));

		this.mvc.perform(get("/search/feed.xml").param("q", "news"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "30"))
			.andExpect(content().string(not(containsString("<feed"))));
	}

	@Test
	void answersAPartialSearchAsAFeedNotToBeStored() throws Exception {
		given(this.search.answer(any())).willReturn(results(Outcome.PARTIAL));

		this.mvc.perform(get("/search/feed.xml").param("q", "news"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andExpect(content().contentType("application/atom+xml;charset=UTF-8"));
	}

	private static SearchResults results(Outcome outcome) {
		return new SearchResults(SearchQuery.of("news", 1), outcome, 0, List.of(), List.of(), List.of(), null, null,
				null, Duration.ZERO);
	}

}
