package org.newsarchive.search;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveProperties;
import org.newsarchive.web.PageMetadata;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SearchController.class)
@AutoConfigureMockMvc(addFilters = false)
class SearchControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SearchService search;

	@MockitoBean
	PageMetadata metadata;

	@TestConfiguration
	@EnableConfigurationProperties(ArchiveProperties.class)
	static class Settings {

	}

	@Test
	void answersWhileTheIndexIsBuiltWith503SoThatNoCacheKeepsTheAnswer() throws Exception {
		given(this.search.search(anyString(), anyInt()))
			.willReturn(SearchResults.because("news", SearchResults.Outcome.UNAVAILABLE));

		this.mvc.perform(get("/search").param("q", "news"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(content().string(containsString("Search is getting ready")));
	}

}
