package org.newsarchive.api;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.newsarchive.CalendarArchive;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/articles}: every article, newest first, paged by the cursors the pages use. */
class ArticleListApiTests extends CalendarArchive {

	static final String BASE = "http://localhost:8080";

	@Test
	void followingNextFromTheFirstPageReadsEveryArticleOnceNewestFirst() throws Exception {
		List<Long> expected = this.jdbc.queryForList("select id from article order by sort_key desc", Long.class);

		List<Long> read = new ArrayList<>();
		String next = "/api/articles";
		int pages = 0;
		while (next != null) {
			String json = json(next);
			List<Number> ids = JsonPath.read(json, "$.articles[*].id");
			assertThat(ids).as(next).isNotEmpty().hasSizeLessThanOrEqualTo(20);
			ids.forEach((id) -> read.add(id.longValue()));
			String link = JsonPath.read(json, "$.next");
			next = (link != null) ? link.substring(BASE.length()) : null;
			pages++;
		}

		assertThat(read).containsExactlyElementsOf(expected);
		assertThat(pages).isEqualTo((expected.size() + 19) / 20);
	}

	@Test
	void describesEachArticleAsACardWithItsLinks() throws Exception {
		long newest = this.jdbc.queryForObject("select id from article order by sort_key desc limit 1", Long.class);

		this.mvc.perform(get("/api/articles"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.articles[0].id").value(newest))
			.andExpect(jsonPath("$.articles[0].api").value(BASE + "/api/articles/" + newest))
			.andExpect(jsonPath("$.articles[0].permalink").value(org.hamcrest.Matchers.startsWith(BASE + "/")))
			.andExpect(jsonPath("$.previous").doesNotExist())
			.andExpect(jsonPath("$.next").value(org.hamcrest.Matchers.startsWith(BASE + "/api/articles?before=")));
	}

	@Test
	void previousLeadsBackToTheNewerPage() throws Exception {
		String first = json("/api/articles");
		String second = json(((String) JsonPath.read(first, "$.next")).substring(BASE.length()));
		String back = json(((String) JsonPath.read(second, "$.previous")).substring(BASE.length()));

		assertThat((List<Object>) JsonPath.read(back, "$.articles[*].id"))
			.isEqualTo(JsonPath.read(first, "$.articles[*].id"));
	}

	@Test
	void answersAMalformedCursorWithAProblemAndAPagePastTheEndWith404() throws Exception {
		this.mvc.perform(get("/api/articles?before=yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/articles?before=1999-01-01.1"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private String json(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
		return result.getResponse().getContentAsString();
	}

}
