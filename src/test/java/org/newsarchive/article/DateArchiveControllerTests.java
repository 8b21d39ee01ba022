package org.newsarchive.article;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveProperties;
import org.newsarchive.browse.ArticleCard;
import org.newsarchive.browse.CardLists;
import org.newsarchive.browse.CardPage;
import org.newsarchive.browse.CoverageService;
import org.newsarchive.schema.SortKey;
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
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The date archives' branches: a period with articles, one without, a month that is none. */
@WebMvcTest(DateArchiveController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(PageMetadata.class)
class DateArchiveControllerTests {

	static final LocalDate DAY = LocalDate.of(2017, 12, 13);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CardLists cards;

	@MockitoBean
	CoverageService coverage;

	@TestConfiguration
	@EnableConfigurationProperties(ArchiveProperties.class)
	static class Settings {

	}

	@Test
	void listsTheArticlesOfAMonthUnderItsYear() throws Exception {
		ArticleCard card = new ArticleCard(1, "a-story", "A story", DAY, "The Daily Example", "It happened.",
				SortKey.of(DAY, 1), null, null, null, null);
		given(this.cards.between(eq(LocalDate.of(2017, 12, 1)), eq(LocalDate.of(2018, 1, 1)), any()))
			.willReturn(new CardPage(List.of(card), null, null));

		this.mvc.perform(get("/2017/12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Articles of December 2017")))
			.andExpect(content().string(containsString("href=\"/2017/12/13/a-story\"")))
			.andExpect(content().string(containsString("\"name\":\"2017\"")));
	}

	@Test
	void answersAPeriodWithoutArticlesWith404() throws Exception {
		given(this.cards.between(any(), any(), any())).willReturn(new CardPage(List.of(), null, null));

		this.mvc.perform(get("/2016/12")).andExpect(status().isNotFound());
		this.mvc.perform(get("/1999")).andExpect(status().isNotFound());
	}

	@Test
	void answersAMonthThatIsNoneWith404WithoutAskingTheStore() throws Exception {
		this.mvc.perform(get("/2017/13")).andExpect(status().isNotFound());
		this.mvc.perform(get("/2017/00")).andExpect(status().isNotFound());

		verifyNoInteractions(this.cards);
	}

	@Test
	void answersAMalformedCursorWith400() throws Exception {
		this.mvc.perform(get("/2017/12").param("before", "yesterday")).andExpect(status().isBadRequest());
	}

}
