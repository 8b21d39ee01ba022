package org.newsarchive.citation;

import java.io.StringReader;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import static org.newsarchive.Seed.PERMALINK;

/**
 * Citations of one paragraph, {@code ?p=7}, in every format: each names the block's
 * anchor; a {@code p} that is no block of the article answers 404, a malformed one 400,
 * and no other parameter is taken.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PinpointCitationTests {

	static final String ARCHIVED = "http://localhost:8080" + PERMALINK;

	/** The seed's blocks: #p1 to #p26. */
	static final int BLOCKS = 26;

	@Autowired
	MockMvcTester mvc;

	@Test
	void citesTheParagraphInBibTeXUnderAKeyOfItsOwn() throws Exception {
		String bibtex = body(PERMALINK + "/cite.bib?p=7");

		BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bibtex));
		assertThat(database.getEntries()).hasSize(1);
		BibTeXEntry entry = database.getEntries().values().iterator().next();
		assertThat(entry.getKey()).isEqualTo(new Key("newsarchive-1-p7"));
		assertThat(entry.getField(new Key("url")).toUserString()).isEqualTo(ARCHIVED + "#p7");
		assertThat(entry.getField(new Key("note")).toUserString()).startsWith("Paragraph 7.");
	}

	@Test
	void citesTheParagraphInCslJson() throws Exception {
		JsonNode item = JsonMapper.builder().build().readTree(body(PERMALINK + "/cite.json?p=7")).get(0);

		assertThat(item.get("URL").asString()).isEqualTo(ARCHIVED + "#p7");
		assertThat(item.get("id").asString()).isEqualTo("newsarchive-1-p7");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/cite.bib", "/cite.json", "/cite.ris" })
	void citesTheFirstAndTheLastBlock(String format) {
		assertThat(this.mvc.get().uri(PERMALINK + format + "?p=1")).hasStatusOk();
		assertThat(this.mvc.get().uri(PERMALINK + format + "?p=" + BLOCKS)).hasStatusOk();
	}

	@ParameterizedTest
	@CsvSource({ "/cite.bib, 27", "/cite.json, 27", "/cite.ris, 27", "/cite.bib, 999999999", "/cite.ris, 100" })
	void answersABlockTheArticleDoesNotHaveWith404(String format, String p) {
		assertThat(this.mvc.get().uri(PERMALINK + format + "?p=" + p).accept(MediaType.TEXT_HTML))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "0", "-1", "07", "1e3", "7.0", "%207", "p7", "", "1234567890",
			"99999999999999999999999999999999999999999999999999" })
	void answersAMalformedBlockWith400(String p) {
		for (String format : new String[] { "/cite.bib", "/cite.json", "/cite.ris" }) {
			MvcTestResult result = this.mvc.get().uri(PERMALINK + format + "?p=" + p).accept(MediaType.TEXT_HTML).exchange();
			assertThat(result).as("%s?p=%s", format, p).hasStatus(HttpStatus.BAD_REQUEST);
		}
	}

	@Test
	void takesNoOtherParameterButRedirectsToTheAddressWithPAlone() {
		MvcTestResult result = this.mvc.get().uri(PERMALINK + "/cite.ris?p=7&style=apa").exchange();

		assertThat(result).hasStatus(HttpStatus.MOVED_PERMANENTLY);
		assertThat(result.getResponse().getHeader("Location")).isEqualTo(PERMALINK + "/cite.ris?p=7");
	}

	private String body(String uri) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

}
