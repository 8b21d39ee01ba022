package org.newsarchive.citation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsarchive.article.ArticleService;
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

/** The seed's citations: the line its page shows, {@code cite.bib} and {@code cite.json}. */
@SpringBootTest
@AutoConfigureMockMvc
class CitationEndpointTests {

	static final String PATH = "/2017/12/13/tillersons-new-north-korea-strategy-praised-by-china-and-russia-but-undermined-by-trump";

	static final String PERMALINK = "http://localhost:8080" + PATH;

	static final String ORIGINAL = "https://www.businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms";

	static final String SHA = "71a6434886e090a5711e566b1cde419b778d9540ef49f1afe1fd144ab1c70d19";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	CitationService citations;

	@Test
	void citesTheSeedInOneLineWithoutAnAuthor() {
		Citation citation = this.citations.cite(this.articles.findById(1).orElseThrow().cited());

		assertThat(citation.text()).isEqualTo(
				"\"Tillerson's new North Korea strategy praised by China and Russia - but undermined by Trump.\""
						+ " Business Insider India, 13 December 2017. Originally published at " + ORIGINAL
						+ ". Archived at " + PERMALINK + ". Source SHA-256: " + SHA + ".");
	}

	@Test
	void servesTheBibTeXInlineAsUtf8() {
		MvcTestResult result = this.mvc.get().uri(PATH + "/cite.bib").exchange();

		assertThat(result).hasStatusOk()
			.hasContentType("application/x-bibtex;charset=UTF-8")
			.hasHeader("Content-Disposition",
					"inline; filename=\"tillersons-new-north-korea-strategy-praised-by-china-and-russia-but-undermined-by-trump.bib\"");
		assertThat(result).bodyText()
			.startsWith("@online{newsarchive-1,\n")
			.contains("  url = {" + PERMALINK + "},\n", "  date = {2017-12-13},\n")
			.doesNotContain("author");
	}

	@Test
	void servesTheCslJsonAsOneNewspaperArticle() throws Exception {
		MvcTestResult result = this.mvc.get().uri(PATH + "/cite.json").exchange();

		assertThat(result).hasStatusOk().hasContentType("application/vnd.citationstyles.csl+json");
		JsonNode items = JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray());
		assertThat(items.isArray()).isTrue();
		assertThat(items.size()).isEqualTo(1);
		JsonNode item = items.get(0);
		assertThat(item.get("type").asString()).isEqualTo("article-newspaper");
		assertThat(item.get("id").asString()).isEqualTo("newsarchive-1");
		assertThat(item.get("title").asString())
			.isEqualTo("Tillerson's new North Korea strategy praised by China and Russia - but undermined by Trump");
		assertThat(item.get("container-title").asString()).isEqualTo("Business Insider India");
		assertThat(item.get("section").asString()).isEqualTo("World");
		assertThat(item.get("URL").asString()).isEqualTo(PERMALINK);
		assertThat(item.get("issued").get("date-parts").toString()).isEqualTo("[[2017,12,13]]");
		assertThat(item.get("note").asString())
			.isEqualTo("Originally published at " + ORIGINAL + ". Source SHA-256: " + SHA + ".");
		assertThat(item.has("accessed")).isFalse();
		assertThat(item.has("author")).isFalse();
		assertThat(List.of(item.propertyNames().toArray())).hasSize(8);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/2017/12/13/no-such-article/cite.bib", "/2017/12/13/no-such-article/cite.json",
			"/2017/02/31/no-such-article/cite.bib" })
	void answersAnUnknownArticlesCitationWith404(String path) {
		assertThat(this.mvc.get().uri(path).accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.NOT_FOUND);
	}

}
