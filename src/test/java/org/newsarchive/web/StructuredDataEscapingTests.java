package org.newsarchive.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsarchive.TemporaryFolders;
import tools.jackson.databind.JsonNode;
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
 * it must neither close the script element ({@code </script>}) nor hold it open past
 * its end ({@code <!--<script>}, which made Chromium render the page blank), and it
 * still says what the source says.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StructuredDataEscapingTests {

	static final String HEADLINE = "Officials warn <!--<script> and </script> and ]]> & more are only text";

	static final String PERMALINK = "/2021/03/04/officials-warn-script-and-script-and-more-are-only-text";

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void sources(DynamicPropertyRegistry registry) throws Exception {
		Path folder = TemporaryFolders.create("markup-sources");
		Files.writeString(folder.resolve("markup.txt"), HEADLINE + "\n\nThe first paragraph, after the headline.\n");
		Files.writeString(folder.resolve("markup.meta"), "id: 2\npublished: 2021-03-04\npublisher: Test Wire\n"
				+ "original-url: https://example.org/markup\ntags: <!--<script>, Diplomacy\n");
		registry.add("archive.sources", () -> "classpath:db/source," + folder.toUri());
	}

	@Test
	void keepsThePageWholeWhenItsStructuredDataHoldsMarkup() throws Exception {
		String page = this.mvc.perform(get(PERMALINK)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		Element script = Jsoup.parse(page).selectFirst("script[type=application/ld+json]");
		assertThat(script.data()).doesNotContain("<", ">", "&");
		Document document = Jsoup.parse(page);
		assertThat(document.body().selectFirst("h1").text()).isEqualTo(HEADLINE);
		assertThat(document.body().text()).contains("The first paragraph, after the headline.");
		JsonNode graph = JsonMapper.builder().build().readTree(script.data()).get("@graph");
		assertThat(graph.toString()).contains(HEADLINE.replace("\"", "\\\""));
		assertThat(script.data()).contains("\\u003c!--\\u003cscript\\u003e");
	}

}
