package org.newsarchive.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsarchive.MarkupArticle;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A scraped headline or tag can hold anything, markup included: in the page's JSON-LD
 * it must neither close the script element nor hold it open past its end
 * ({@code <!--<script>} made Chromium render the page blank), and it still says what the
 * source says. The browser suite opens the same page in Chromium.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StructuredDataEscapingTests {

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void sources(DynamicPropertyRegistry registry) throws Exception {
		String folder = MarkupArticle.folder().toUri().toString();
		registry.add("archive.sources", () -> "classpath:db/source," + folder);
	}

	@Test
	void keepsThePageWholeWhenItsStructuredDataHoldsMarkup() throws Exception {
		String page = this.mvc.perform(get(MarkupArticle.PERMALINK)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();

		Document document = Jsoup.parse(page);
		Element script = document.selectFirst("script[type=application/ld+json]");
		assertThat(script.data()).doesNotContain("<", ">", "&").contains("\\u003c!--\\u003cscript\\u003e");
		assertThat(document.body().selectFirst("h1").text()).isEqualTo(MarkupArticle.HEADLINE);
		assertThat(document.body().text()).contains(MarkupArticle.FIRST_PARAGRAPH);
		String graph = JsonMapper.builder().build().readTree(script.data()).get("@graph").toString();
		assertThat(graph).contains(MarkupArticle.HEADLINE.replace("\"", "\\\""));
	}

}
