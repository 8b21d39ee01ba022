package org.newsarchive.feed;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.PUBLISHED;
import static org.newsarchive.feed.FeedTests.BASE;
import static org.newsarchive.feed.FeedTests.local;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sitemap past its limit, over HTTP: with a limit of five URLs, the seed's 20 pages
 * make an index of chunks (its 19 browse pages in four, then the range of ids that holds
 * the article).
 */
@SpringBootTest(properties = "archive.base-url=" + FeedTests.BASE)
@AutoConfigureMockMvc
class SitemapIndexTests {

	static final int LIMIT = 5;

	@Autowired
	MockMvc mvc;

	@Autowired
	SitemapContent content;

	@Autowired
	ArchiveProperties archive;

	@Test
	void answersAnIndexOfChunks() throws Exception {
		SitemapXml index = sitemap("/sitemap.xml");

		assertThat(index.root()).isEqualTo("sitemapindex");
		assertThat(index.locs()).containsExactly(BASE + "/sitemaps/0.xml", BASE + "/sitemaps/1.xml",
				BASE + "/sitemaps/2.xml", BASE + "/sitemaps/3.xml", BASE + "/sitemaps/4.xml");
		assertThat(index.lastmods().values()).containsOnly(PUBLISHED);
	}

	@Test
	void splitsTheWholeSitemapIntoValidChunksOfAtMostTheLimit() throws Exception {
		List<String> listed = new ArrayList<>();
		for (String chunk : sitemap("/sitemap.xml").locs()) {
			this.mvc.perform(get(local(chunk)))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/xml;charset=UTF-8"));
			SitemapXml urls = sitemap(local(chunk));
			assertThat(urls.root()).isEqualTo("urlset");
			assertThat(urls.locs()).hasSizeLessThanOrEqualTo(LIMIT);
			listed.addAll(urls.locs());
		}

		assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(wholeSitemap().locs());
	}

	@Test
	void listsOnlyPagesThatAnswerInEachChunk() throws Exception {
		for (String chunk : sitemap("/sitemap.xml").locs()) {
			for (String loc : sitemap(local(chunk)).locs()) {
				this.mvc.perform(get(local(loc))).andExpect(status().isOk());
			}
		}
	}

	@Test
	void answersAChunkPastTheLastWith404() throws Exception {
		this.mvc.perform(get("/sitemaps/5.xml")).andExpect(status().isNotFound());
	}

	/** The sitemap as the protocol's limit writes it: all in one. */
	private SitemapXml wholeSitemap() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new SitemapWriter(this.content, this.archive::absolute, SitemapWriter.MAX_URLS).writeSitemap(out);
		SitemapXml sitemap = SitemapXml.valid(out.toByteArray());
		assertThat(sitemap.root()).isEqualTo("urlset");
		assertThat(sitemap.locs()).hasSize(20);
		return sitemap;
	}

	private SitemapXml sitemap(String path) throws Exception {
		return SitemapXml.valid(this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class SmallSitemaps {

		@Bean
		@Primary
		SitemapWriter smallSitemapWriter(SitemapContent content, ArchiveProperties archive) {
			return new SitemapWriter(content, archive::absolute, LIMIT);
		}

	}

}
