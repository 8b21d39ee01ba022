package org.newsarchive.person;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.PERMALINK;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class PeoplePagesTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			rex-tillerson      | Rex Tillerson      | US Secretary of State
			donald-trump       | Donald Trump       | President of the United States
			kim-jong-un        | Kim Jong Un        | North Korean leader
			federica-mogherini | Federica Mogherini | European Union foreign policy chief
			sergei-ryabkov     | Sergei Ryabkov     | Russia's Deputy Foreign Minister
			lu-kang            | Lu Kang            | China's Foreign Ministry spokesman
			mike-pompeo        | Mike Pompeo        | CIA Director
			""")
	void showsEachPersonOfTheSeedWithTheirRoleAndTheArticle(String slug, String name, String role) throws Exception {
		Document page = page("/people/" + slug);

		assertThat(page.selectFirst("h1").text()).isEqualTo(name);
		assertThat(page.selectFirst("p.role").text()).isEqualTo(role);
		assertThat(page.select("#articles-title + ol a").eachAttr("href")).containsExactly(PERMALINK);
	}

	@Test
	void showsHowOftenTheArticleNamesThePerson() throws Exception {
		Document page = page("/people/lu-kang");

		assertThat(page.selectFirst(".mentions").text()).isEqualTo("named once");
	}

	@Test
	void showsTillersonsQuotesLinkedToTheirParagraphs() throws Exception {
		Document page = page("/people/rex-tillerson");

		assertThat(page.select(".quotes blockquote").eachText()).containsExactly(
				"We're ready to talk anytime North Korea would like to talk, and we're ready to have the first meeting without precondition",
				"Let's just meet. We can talk about the weather if you want... But can we at least sit down and see each other face to face, and then we can lay out a map, a roadmap, of what we might be willing to work towards.",
				"It's not realistic to say we are only going to talk if you come to the table ready to give up your program",
				"They have too much invested in it, and [Trump] is very realistic about that as well.");
		assertThat(page.select(".quotes a").eachAttr("href")).containsExactly(PERMALINK + "#p6", PERMALINK + "#p7",
				PERMALINK + "#p10", PERMALINK + "#p10");
	}

	@Test
	void givesTheWhiteHouseStatementToNobody() throws Exception {
		for (String slug : List.of("donald-trump", "kim-jong-un", "mike-pompeo")) {
			assertThat(page("/people/" + slug).select(".quotes")).as(slug).isEmpty();
		}
	}

	@Test
	void showsThePhotosWhoseLabelsNameThePerson() throws Exception {
		assertThat(page("/people/donald-trump").select(".photo-grid img").eachAttr("alt"))
			.containsExactly("Rex Tillerson Donald Trump", "Trump kim jong un");
		assertThat(page("/people/kim-jong-un").select(".photo-grid img").eachAttr("alt"))
			.containsExactly("Trump kim jong un");
		assertThat(page("/people/rex-tillerson").select(".photo-grid a").eachAttr("href"))
			.containsExactly(PERMALINK + "#p1", PERMALINK + "#p14");
	}

	@Test
	void listsEveryoneWithTheirCounts() throws Exception {
		Document page = page("/people");

		assertThat(page.select(".index-list a").eachText()).containsExactly("Donald Trump", "Federica Mogherini",
				"Kim Jong Un", "Lu Kang", "Mike Pompeo", "Rex Tillerson", "Sergei Ryabkov");
		assertThat(page.select(".index-list .count").eachText()).containsOnly("1 article");
	}

	@Test
	void answersAnUnknownPersonWith404() throws Exception {
		this.mvc.perform(get("/people/nobody-at-all")).andExpect(status().isNotFound());
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

}
