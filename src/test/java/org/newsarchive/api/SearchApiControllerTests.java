package org.newsarchive.api;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveProperties;
import org.newsarchive.search.SearchLimits;
import org.newsarchive.search.SearchQuery;
import org.newsarchive.search.SearchResults;
import org.newsarchive.search.SearchResults.Outcome;
import org.newsarchive.search.SearchRequests;
import org.newsarchive.search.SearchService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The search API's answers when it could not search: never a 200 that a cache would keep. */
@WebMvcTest(SearchApiController.class)
@Import(SearchRequests.class)
@AutoConfigureMockMvc(addFilters = false)
class SearchApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SearchService search;

	@MockitoBean
	ApiLinks links;

	@TestConfiguration
	@EnableConfigurationProperties(ArchiveProperties.class)
	static class Settings {

	}

	@Test
	void answersWhileTheIndexIsBuiltWith503SoThatNoCacheKeepsTheAnswer() throws Exception {
		answer(Outcome.UNAVAILABLE);

		this.mvc.perform(get("/api/search").param("q", "news"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.outcome").value("unavailable"))
			.andExpect(jsonPath("$.detail").value(containsString("still being built")));
	}

	@Test
	void answersWhenTooManySearchesRunWith503AndRetryAfterASecond() throws Exception {
		answer(Outcome.BUSY);

		this.mvc.perform(get("/api/search").param("q", "news"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "1"))
			.andExpect(jsonPath("$.outcome").value("busy"));
	}

	@Test
	void answersAPartialSearchWithTheHitsFoundInTimeNotToBeStored() throws Exception {
		answer(Outcome.PARTIAL);

		this.mvc.perform(get("/api/search").param("q", "news"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$.outcome").value("partial"));
	}

	private void answer(Outcome outcome) throws InterruptedException {
		given(this.search.search(any(SearchQuery.class))).willReturn(new SearchResults("news", outcome, 0, 1, List.of(), Duration.ZERO));
		given(this.search.limits()).willReturn(SearchLimits.DEFAULT);
	}

}
