package org.newsarchive.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsarchive.Seed;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/articles/1/citation}, of the whole seed and of its 7th paragraph. */
@SpringBootTest
@AutoConfigureMockMvc
class CitationApiTests {

	static final String PERMALINK = "http://localhost:8080" + Seed.PERMALINK;

	@Autowired
	MockMvcTester mvc;

	@Test
	void citesTheArticleInTheFourStylesWithItsDownloads() {
		MvcTestResult result = this.mvc.get().uri("/api/articles/1/citation").exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.article").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.paragraph").isNull();
		assertThat(result).bodyJson().extractingPath("$.url").isEqualTo(PERMALINK);
		assertThat(result).bodyJson().extractingPath("$.originalUrl").isEqualTo(Seed.ORIGINAL_URL);
		assertThat(result).bodyJson().extractingPath("$.styles[*].style").asArray()
			.containsExactly("apa", "chicago", "mla", "harvard");
		assertThat(result).bodyJson().extractingPath("$.styles[0].reference").asString()
			.startsWith(Seed.HEADLINE.replace('\'', '’') + ". (2017, December 13).").contains(PERMALINK);
		assertThat(result).bodyJson().extractingPath("$.downloads.ris").isEqualTo(PERMALINK + "/cite.ris");
		assertThat(result).bodyJson().extractingPath("$.downloads.page").isEqualTo(PERMALINK + "/cite");
	}

	@Test
	void citesOneParagraphAtItsAnchorInEachStylesOwnForm() {
		MvcTestResult result = this.mvc.get().uri("/api/articles/1/citation?p=7").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.paragraph").isEqualTo(7);
		assertThat(result).bodyJson().extractingPath("$.url").isEqualTo(PERMALINK + "#p7");
		assertThat(result).bodyJson().extractingPath("$.styles[0].inText").asString().endsWith(", para. 7)");
		assertThat(result).bodyJson().extractingPath("$.styles[*].reference").asArray()
			.allSatisfy((reference) -> assertThat(reference.toString()).contains(PERMALINK + "#p7"));
		assertThat(result).bodyJson().extractingPath("$.downloads.bibtex").isEqualTo(PERMALINK + "/cite.bib?p=7");
		assertThat(result).bodyJson().extractingPath("$.downloads.page").isEqualTo(PERMALINK + "/cite?p=7");
	}

	@ParameterizedTest
	@CsvSource({ "/api/articles/1/citation?p=27, 404", "/api/articles/999/citation, 404",
			"/api/articles/1/citation?p=seven, 400", "/api/articles/1/citation?p=0, 400" })
	void answersAnUnknownOrMalformedParagraphWithAProblem(String uri, int status) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();

		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status);
	}

}
