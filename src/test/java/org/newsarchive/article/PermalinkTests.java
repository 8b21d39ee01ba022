package org.newsarchive.article;

import java.io.IOException;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsarchive.SourceBuilder;
import org.newsarchive.TemporaryFolders;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every address an article was published at keeps answering: moved or gone. */
@SpringBootTest
@AutoConfigureMockMvc
class PermalinkTests {

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void sources(DynamicPropertyRegistry registry) throws IOException {
		Path folder = TemporaryFolders.create("permalink-sources");
		SourceBuilder.article(201).headline("A story that was renamed").published("2021-01-02").slug("the-new-name")
			.previousSlugs("the-old-name", "an-older-name")
			.writeTo(folder, "renamed");
		SourceBuilder.article(202).headline("A story that was withdrawn").published("2021-01-02")
			.withdrawn("Withdrawn at the publisher's request.")
			.writeTo(folder, "withdrawn");
		registry.add("archive.sources", () -> "classpath:db/source," + folder.toUri());
	}

	@Test
	void redirectsEveryEarlierSlugToTheCurrentPermalink() throws Exception {
		for (String old : new String[] { "the-old-name", "an-older-name" }) {
			this.mvc.perform(get("/2021/01/02/" + old))
				.andExpect(status().isMovedPermanently())
				.andExpect(header().string("Location", "/2021/01/02/the-new-name"));
		}
		this.mvc.perform(get("/2021/01/02/the-new-name")).andExpect(status().isOk());
		this.mvc.perform(get("/a/201"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/2021/01/02/the-new-name"));
	}

	@Test
	void answersAWithdrawnArticleWith410AndSaysWhy() throws Exception {
		String html = this.mvc.perform(get("/2021/01/02/a-story-that-was-withdrawn"))
			.andExpect(status().isGone())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);

		assertThat(page.selectFirst("h1").text()).isEqualTo("This article was withdrawn");
		assertThat(page.text()).contains("A story that was withdrawn", "Withdrawn at the publisher's request.");
		this.mvc.perform(get("/a/202"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/2021/01/02/a-story-that-was-withdrawn"));
	}

	@Test
	void keepsAWithdrawnArticleOutOfListsAndSearch() throws Exception {
		String month = this.mvc.perform(get("/2021/01")).andReturn().getResponse().getContentAsString();
		String search = this.mvc.perform(get("/search").param("q", "withdrawn")).andReturn().getResponse()
			.getContentAsString();

		assertThat(month).contains("A story that was renamed").doesNotContain("A story that was withdrawn");
		assertThat(search).doesNotContain("A story that was withdrawn");
	}

}
