package org.newsarchive.search;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveProperties;
import org.newsarchive.web.PageMetadata;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SearchController.class)
@Import({ SearchRequests.class, PageMetadata.class })
@AutoConfigureMockMvc(addFilters = false)
class SearchControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SearchService search;

	@TestConfiguration
	@EnableConfigurationProperties(ArchiveProperties.class)
	static class Settings {

	}

	@Test
	void answersWhileTheIndexIsBuiltWith503SoThatNoCacheKeepsTheAnswer() throws Exception {
		given(this.search.search(any(SearchQuery.class)))
			.willReturn(SearchResults.because("news", SearchResults.Outcome.UNAVAILABLE));

		this.mvc.perform(get("/search").param("q", "news"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(content().string(containsString("Search is getting ready")));
	}

	@Test
	void answersWhenTooManySearchesRunWith503AndRetryAfterASecond() throws Exception {
		given(this.search.search(any(SearchQuery.class)))
			.willReturn(SearchResults.because("news", SearchResults.Outcome.BUSY));

		this.mvc.perform(get("/search").param("q", "news"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "1"))
			.andExpect(content().string(containsString("Search is busy")));
	}

	@Test
	void refusesATooBroadQueryWith400AndSaysWhatASearchMayHave() throws Exception {
		given(this.search.search(any(SearchQuery.class)))
			.willReturn(SearchResults.because("a*", SearchResults.Outcome.TOO_BROAD));
		given(this.search.limits()).willReturn(SearchLimits.DEFAULT);

		this.mvc.perform(get("/search").param("q", "a*"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Make a prefix longer")))
			.andExpect(content().string(containsString("prefixes of at least 3 letters")));
	}

	@Test
	void showsAPartialSearchWithANoticeAndNotToBeStored() throws Exception {
		given(this.search.search(any(SearchQuery.class)))
			.willReturn(SearchResults.because("news", SearchResults.Outcome.PARTIAL));

		this.mvc.perform(get("/search").param("q", "news"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(containsString("took too long")));
	}

}
