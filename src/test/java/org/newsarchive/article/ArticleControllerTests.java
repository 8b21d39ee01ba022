package org.newsarchive.article;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveProperties;
import org.newsarchive.citation.CitationService;
import org.newsarchive.citation.CitationStyles;
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
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What a permalink answers when it holds no article, and the short link and source text: the branches. */
@WebMvcTest(ArticleController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ ArticleMetadata.class, PageMetadata.class, MementoLinks.class })
class ArticleControllerTests {

	static final LocalDate DAY = LocalDate.of(2017, 12, 13);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ArticleService articles;

	@MockitoBean
	CitationService citations;

	@MockitoBean
	CitationStyles styles;

	@MockitoBean
	CaptureService captures;

	@TestConfiguration
	@EnableConfigurationProperties(ArchiveProperties.class)
	static class Settings {

	}

	@Test
	void sendsAMovedArticlesOldPermalinkToWhereItLivesNow() throws Exception {
		given(this.articles.findByPermalink(DAY, "old-slug")).willReturn(Optional.empty());
		given(this.articles.movedFrom(DAY, "old-slug")).willReturn(Optional.of("/2017/12/13/new-slug"));

		this.mvc.perform(get("/2017/12/13/old-slug"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/2017/12/13/new-slug"));
	}

	@Test
	void answersAWithdrawnArticlesPermalinkWith410AndAPageThatSaysSo() throws Exception {
		given(this.articles.findByPermalink(DAY, "gone")).willReturn(Optional.empty());
		given(this.articles.movedFrom(DAY, "gone")).willReturn(Optional.empty());
		given(this.articles.withdrawn(DAY, "gone"))
			.willReturn(Optional.of(new ArticleService.Withdrawn("A withdrawn story", DAY, "Legal request")));

		this.mvc.perform(get("/2017/12/13/gone"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("A withdrawn story")))
			.andExpect(content().string(containsString("Legal request")));
	}

	@Test
	void answersAPermalinkThatNeverHeldAnArticleWith404() throws Exception {
		given(this.articles.findByPermalink(any(), anyString())).willReturn(Optional.empty());
		given(this.articles.movedFrom(any(), anyString())).willReturn(Optional.empty());
		given(this.articles.withdrawn(any(), anyString())).willReturn(Optional.empty());

		this.mvc.perform(get("/2017/12/13/never")).andExpect(status().isNotFound());
	}

	@Test
	void answersADateThatIsNoDayWith404WithoutAskingTheStore() throws Exception {
		this.mvc.perform(get("/2017/02/30/any")).andExpect(status().isNotFound());
		this.mvc.perform(get("/2017/02/30/any/source.txt")).andExpect(status().isNotFound());

		verifyNoInteractions(this.articles);
	}

	@Test
	void sendsAShortLinkToItsPermalinkAndAnUnknownOneTo404() throws Exception {
		given(this.articles.permalinkOf(7)).willReturn(Optional.of("/2017/12/13/a-story"));
		given(this.articles.permalinkOf(8)).willReturn(Optional.empty());

		this.mvc.perform(get("/a/7"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/2017/12/13/a-story"));
		this.mvc.perform(get("/a/8")).andExpect(status().isNotFound());
	}

	@Test
	void servesTheSourceTextByteForByteWithItsHashAsETag() throws Exception {
		byte[] bytes = "Headline\n\nÀ paragraph.\n".getBytes(StandardCharsets.UTF_8);
		given(this.articles.sourceOf(DAY, "a-story")).willReturn(Optional.of(new ArchivedSource(bytes, "abc123")));

		this.mvc.perform(get("/2017/12/13/a-story/source.txt"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
			.andExpect(header().string("ETag", "\"abc123\""))
			.andExpect(content().bytes(bytes));
	}

}
