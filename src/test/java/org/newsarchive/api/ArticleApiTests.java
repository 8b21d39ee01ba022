package org.newsarchive.api;

import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.Seed;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonPathValueAssert;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed as {@code /api/articles/1} shows it, property by property. */
@SpringBootTest
@AutoConfigureMockMvc
class ArticleApiTests {

	static final String BASE = "http://localhost:8080";

	static final String PERMALINK = BASE + Seed.PERMALINK;

	@Autowired
	MockMvcTester mvc;

	MvcTestResult article;

	@BeforeEach
	void getTheSeed() {
		this.article = this.mvc.get().uri("/api/articles/1").exchange();
		assertThat(this.article).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
	}

	@Test
	void describesTheArticleAndWhereItCameFrom() {
		path("$.id").isEqualTo(Seed.ID);
		path("$.headline").isEqualTo(Seed.HEADLINE);
		path("$.published").isEqualTo(Seed.PUBLISHED);
		path("$.publisher").isEqualTo(Seed.PUBLISHER);
		path("$.originalUrl").isEqualTo(Seed.ORIGINAL_URL);
		path("$.section").isEqualTo(Seed.SECTION);
	}

	@Test
	void saysWhenTheArchiveTookTheText() {
		path("$.archived").isEqualTo(Seed.ARCHIVED);
	}

	@Test
	void linksItsPermalinkShortLinkAndSourceAbsolutely() {
		path("$.permalink").isEqualTo(PERMALINK);
		path("$.shortLink").isEqualTo(BASE + Seed.SHORT_LINK);
		path("$.source.url").isEqualTo(PERMALINK + "/source.txt");
		path("$.source.sha256").isEqualTo(Seed.SHA256);
	}

	@Test
	void listsItsTagsAndPeopleWithTheirPages() {
		path("$.tags[*].slug").asArray().containsExactlyElementsOf(Seed.TAGS);
		path("$.tags[0].name").isEqualTo("North Korea");
		path("$.tags[0].url").isEqualTo(BASE + "/tags/north-korea");
		path("$.people").asArray().hasSize(7);
		path("$.people[0].slug").isEqualTo("rex-tillerson");
		path("$.people[0].name").isEqualTo("Rex Tillerson");
		path("$.people[0].role").isEqualTo("US Secretary of State");
		path("$.people[0].url").isEqualTo(BASE + "/people/rex-tillerson");
		path("$.people[*].slug").asArray()
			.contains("donald-trump", "kim-jong-un", "federica-mogherini", "sergei-ryabkov", "lu-kang", "mike-pompeo");
	}

	@Test
	void listsTheThreeKeyPoints() {
		path("$.keyPoints").asArray().containsExactlyElementsOf(Seed.KEY_POINTS);
	}

	@Test
	void listsEveryBlockWithItsAnchorKindAndExactText() {
		path("$.blocks").asArray().hasSize(26);
		path("$.blocks[*].anchor").asArray()
			.containsExactly(IntStream.rangeClosed(1, 26).mapToObj((n) -> "p" + n).toArray());
		path("$.blocks[*].kind").asArray()
			.containsExactly("photo", "bullet", "bullet", "bullet", "paragraph", "paragraph", "paragraph", "paragraph",
					"paragraph", "paragraph", "paragraph", "paragraph", "subheading", "photo", "paragraph",
					"paragraph", "paragraph", "paragraph", "paragraph", "subheading", "photo", "paragraph",
					"paragraph", "paragraph", "paragraph", "paragraph");
		path("$.blocks[1].text").isEqualTo(Seed.KEY_POINTS.get(0));
		path("$.blocks[9].anchor").isEqualTo("p10");
		path("$.blocks[9].text").isEqualTo(
				"\"It's not realistic to say we are only going to talk if you come to the table ready to give up your program,\" Tillerson said. \"They have too much invested in it, and [Trump] is very realistic about that as well.\"");
		path("$.blocks[12].text").isEqualTo("The White House is unmoved");
		assertThat(this.article).bodyJson().doesNotHavePath("$.blocks[4].label");
	}

	@Test
	void describesTheLeadPhotoAsAPlaceholderWithItsCreditAndCaption() {
		path("$.blocks[0].anchor").isEqualTo("p1");
		path("$.blocks[0].kind").isEqualTo("photo");
		path("$.blocks[0].label").isEqualTo("Rex Tillerson");
		path("$.blocks[0].credit").isEqualTo("REUTERS/Francois Lenoir");
		String caption = "US Secretary of State Rex Tillerson addresses a joint news conference with European Union foreign policy chief Federica Mogherini at the European Council in Brussels, Belgium, December 5, 2017.";
		path("$.blocks[0].caption").isEqualTo(caption);
		path("$.blocks[0].text").isEqualTo(caption);
		path("$.blocks[0].image").asString().startsWith(BASE + "/images/").endsWith(".svg");
		path("$.blocks[0].width").isEqualTo(1200);
		path("$.blocks[0].height").isEqualTo(675);
		path("$.blocks[0].placeholder").isEqualTo(true);
		path("$.blocks[20].credit").isEqualTo("Ahn Young-joon/AP");
	}

	@Test
	void hasNoArticleBeforeOrAfterTheOnlyOne() {
		path("$.previous").isNull();
		path("$.next").isNull();
		assertThat(this.article).bodyJson().hasPath("$.previous").hasPath("$.next");
	}

	private JsonPathValueAssert path(String path) {
		return assertThat(this.article).bodyJson().extractingPath(path);
	}

}
