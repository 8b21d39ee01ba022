package org.newsarchive.citation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.HEADLINE;
import static org.newsarchive.Seed.ORIGINAL_URL;
import static org.newsarchive.Seed.PERMALINK;
import static org.newsarchive.Seed.PUBLISHED;
import static org.newsarchive.Seed.PUBLISHER;
import static org.newsarchive.Seed.SECTION;
import static org.newsarchive.Seed.SHA256;
import static org.newsarchive.Seed.SLUG;

/** The seed's citations: the styles its pages show, {@code cite.bib} and {@code cite.json}. */
@SpringBootTest
@AutoConfigureMockMvc
class CitationEndpointTests {

	static final String ARCHIVED = "http://localhost:8080" + PERMALINK;

	@Autowired
	MockMvcTester mvc;

	@Test
	void servesTheBibTeXInlineAsUtf8() {
		MvcTestResult result = this.mvc.get().uri(PERMALINK + "/cite.bib").exchange();

		assertThat(result).hasStatusOk()
			.hasContentType("application/x-bibtex;charset=UTF-8")
			.hasHeader("Content-Disposition",
					"inline; filename=\"" + SLUG + ".bib\"");
		assertThat(result).bodyText()
			.startsWith("@online{newsarchive-1,\n")
			.contains("  url = {" + ARCHIVED + "},\n", "  date = {" + PUBLISHED + "},\n")
			.doesNotContain("author");
	}

	@Test
	void servesTheCslJsonAsOneNewspaperArticle() throws Exception {
		MvcTestResult result = this.mvc.get().uri(PERMALINK + "/cite.json").exchange();

		assertThat(result).hasStatusOk().hasContentType("application/vnd.citationstyles.csl+json");
		JsonNode items = JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray());
		assertThat(items.isArray()).isTrue();
		assertThat(items.size()).isEqualTo(1);
		JsonNode item = items.get(0);
		assertThat(item.get("type").asString()).isEqualTo("article-newspaper");
		assertThat(item.get("id").asString()).isEqualTo("newsarchive-1");
		assertThat(item.get("title").asString()).isEqualTo(HEADLINE);
		assertThat(item.get("container-title").asString()).isEqualTo(PUBLISHER);
		assertThat(item.get("section").asString()).isEqualTo(SECTION);
		assertThat(item.get("URL").asString()).isEqualTo(ARCHIVED);
		assertThat(item.get("issued").get("date-parts").toString()).isEqualTo("[[2017,12,13]]");
		assertThat(item.get("note").asString()).isEqualTo("Originally published at " + ORIGINAL_URL
				+ ". Archived on 27 November 2026. Source SHA-256: " + SHA256 + ".");
		assertThat(item.has("accessed")).isFalse();
		assertThat(item.has("author")).isFalse();
		assertThat(List.of(item.propertyNames().toArray())).hasSize(8);
	}

	/** The page's "Cite this" and the cite page show what CitationStyleTests checks, as served. */
	@Test
	void showsTheFourStylesOnTheArticlePageAndTheCitePage() throws Exception {
		for (String page : new String[] { PERMALINK, PERMALINK + "/cite", PERMALINK + "/cite?p=7" }) {
			MvcTestResult result = this.mvc.get().uri(page).exchange();
			assertThat(result).as(page).hasStatusOk();
			org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(result.getResponse().getContentAsString());
			assertThat(html.select(".citation-styles dt")).as(page)
				.extracting(org.jsoup.nodes.Element::text)
				.containsExactly("APA (7th edition)", "Chicago (17th edition, notes and bibliography)", "MLA (9th edition)",
						"Harvard (Cite Them Right, 12th edition)");
			String anchor = page.endsWith("?p=7") ? "#p7" : "";
			assertThat(html.select(".citation-styles .citation-text")).as(page)
				.hasSize(4)
				.allSatisfy((reference) -> assertThat(reference.text()).contains(ARCHIVED + anchor, ORIGINAL_URL,
						PUBLISHER, "2026"));
			assertThat(html.selectFirst(".citation-styles .citation-text i").text()).isEqualTo(PUBLISHER);
			assertThat(html.select(".citation-downloads a")).as(page)
				.extracting((a) -> a.attr("href"))
				.containsExactly(PERMALINK + "/cite.bib" + (anchor.isEmpty() ? "" : "?p=7"),
						PERMALINK + "/cite.json" + (anchor.isEmpty() ? "" : "?p=7"),
						PERMALINK + "/cite.ris" + (anchor.isEmpty() ? "" : "?p=7"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/2017/12/13/no-such-article/cite.bib", "/2017/12/13/no-such-article/cite.json",
			"/2017/02/31/no-such-article/cite.bib", "/2017/12/13/no-such-article/cite.ris",
			"/2017/12/13/no-such-article/cite", PERMALINK + "/cite?p=27" })
	void answersAnUnknownArticlesCitationWith404(String path) {
		assertThat(this.mvc.get().uri(path).accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.NOT_FOUND);
	}

}
