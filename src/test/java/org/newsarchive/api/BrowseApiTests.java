package org.newsarchive.api;

import org.junit.jupiter.api.Test;
import org.newsarchive.Seed;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonPathValueAssert;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** A tag and a person as JSON, with one page of their articles and the cursors around it. */
@SpringBootTest
@AutoConfigureMockMvc
class BrowseApiTests {

	static final String BASE = "http://localhost:8080";

	static final String PERMALINK = BASE + Seed.PERMALINK;

	@Autowired
	MockMvcTester mvc;

	@Test
	void describesATagAndListsItsArticlesAsCards() {
		MvcTestResult tag = get("/api/tags/north-korea");

		path(tag, "$.slug").isEqualTo("north-korea");
		path(tag, "$.name").isEqualTo("North Korea");
		path(tag, "$.articleCount").isEqualTo(1);
		path(tag, "$.url").isEqualTo(BASE + "/tags/north-korea");
		path(tag, "$.articles").asArray().hasSize(1);
		path(tag, "$.articles[0].id").isEqualTo(1);
		path(tag, "$.articles[0].headline").asString().startsWith("Tillerson's new North Korea strategy");
		path(tag, "$.articles[0].published").isEqualTo(Seed.PUBLISHED);
		path(tag, "$.articles[0].publisher").isEqualTo(Seed.PUBLISHER);
		path(tag, "$.articles[0].summary").asString().startsWith("US Secretary of State Rex Tillerson");
		path(tag, "$.articles[0].permalink").isEqualTo(PERMALINK);
		path(tag, "$.articles[0].api").isEqualTo(BASE + "/api/articles/1");
		path(tag, "$.articles[0].thumbnail").asString().startsWith(BASE + "/images/");
		path(tag, "$.next").isNull();
		path(tag, "$.previous").isNull();
	}

	@Test
	void pagesATagByTheSameCursorsAsItsPage() {
		MvcTestResult older = get("/api/tags/north-korea?before=2017-12-14.0");
		path(older, "$.articles[*].id").asArray().containsExactly(1);
		path(older, "$.previous").isEqualTo(BASE + "/api/tags/north-korea?after=2017-12-13.1");
		path(older, "$.next").isNull();

		MvcTestResult newer = get("/api/tags/north-korea?after=2017-12-12.0");
		path(newer, "$.articles[*].id").asArray().containsExactly(1);
		path(newer, "$.next").isEqualTo(BASE + "/api/tags/north-korea?before=2017-12-13.1");
		path(newer, "$.previous").isNull();

		assertThat(this.mvc.get().uri("/api/tags/north-korea?after=2017-12-13.1")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void describesAPersonWithQuotesPhotosAndArticles() {
		MvcTestResult person = get("/api/people/rex-tillerson");

		path(person, "$.slug").isEqualTo("rex-tillerson");
		path(person, "$.name").isEqualTo("Rex Tillerson");
		path(person, "$.role").isEqualTo("US Secretary of State");
		path(person, "$.url").isEqualTo(BASE + "/people/rex-tillerson");
		path(person, "$.articleCount").isEqualTo(1);
		path(person, "$.mentionCount").asNumber().satisfies((count) -> assertThat(count.intValue()).isGreaterThan(5));
		path(person, "$.quotes[*].url").asArray()
			.containsExactly(PERMALINK + "#p6", PERMALINK + "#p7", PERMALINK + "#p10", PERMALINK + "#p10");
		path(person, "$.quotes[0].text").isEqualTo(
				"We're ready to talk anytime North Korea would like to talk, and we're ready to have the first meeting without precondition");
		path(person, "$.quotes[0].headline").asString().startsWith("Tillerson's new North Korea strategy");
		path(person, "$.photos[*].label").asArray().containsExactly("Rex Tillerson", "Rex Tillerson Donald Trump");
		path(person, "$.photos[0].url").isEqualTo(PERMALINK + "#p1");
		path(person, "$.photos[0].credit").isEqualTo("REUTERS/Francois Lenoir");
		path(person, "$.photos[0].image").asString().startsWith(BASE + "/images/");
		path(person, "$.articles[*].permalink").asArray().containsExactly(PERMALINK);
		path(person, "$.articles[0].mentions").asNumber()
			.satisfies((count) -> assertThat(count.intValue()).isGreaterThan(5));
		path(person, "$.next").isNull();
		path(person, "$.previous").isNull();
	}

	@Test
	void pagesAPersonByTheSameCursorsAsTheirPage() {
		MvcTestResult older = get("/api/people/lu-kang?before=2017-12-14.0");
		path(older, "$.articles[*].id").asArray().containsExactly(1);
		path(older, "$.articles[0].mentions").isEqualTo(1);
		path(older, "$.previous").isEqualTo(BASE + "/api/people/lu-kang?after=2017-12-13.1");
		path(older, "$.next").isNull();

		MvcTestResult newer = get("/api/people/lu-kang?after=2017-12-12.0");
		path(newer, "$.next").isEqualTo(BASE + "/api/people/lu-kang?before=2017-12-13.1");

		assertThat(this.mvc.get().uri("/api/people/lu-kang?after=2017-12-13.1")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void answersAMalformedCursorWithAProblem() {
		assertThat(this.mvc.get().uri("/api/tags/north-korea?before=yesterday")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo(400);
	}

	@Test
	void answersJsonWhateverTheRequestAccepts() {
		// The page cache keeps one response per URL: one negotiated as YAML would reach everyone.
		assertThat(this.mvc.get().uri("/api/tags/russia").accept("application/yaml")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON);
		assertThat(this.mvc.get().uri("/api/people/kim-jong-un").accept(MediaType.TEXT_HTML)).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON);
	}

	private MvcTestResult get(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		return result;
	}

	private static JsonPathValueAssert path(MvcTestResult result, String path) {
		return assertThat(result).bodyJson().extractingPath(path);
	}

}
