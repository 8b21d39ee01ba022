package org.newsarchive.citation;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.HEADLINE;
import static org.newsarchive.Seed.ORIGINAL_URL;
import static org.newsarchive.Seed.PERMALINK;
import static org.newsarchive.Seed.PUBLISHER;
import static org.newsarchive.Seed.SECTION;

/**
 * The seed's page head, as a reference manager reads it (Zotero's Embedded Metadata
 * translator): Highwire Press and Dublin Core tags that make it a newspaper article of
 * Business Insider India of 13 December 2017, at the archive's permalink.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CitationMetaTagsTests {

	static final String ARCHIVED = "http://localhost:8080" + PERMALINK;

	@Autowired
	MockMvcTester mvc;

	Document page;

	@BeforeEach
	void getTheArticle() throws Exception {
		MvcTestResult result = this.mvc.get().uri(PERMALINK).exchange();
		assertThat(result).hasStatusOk();
		this.page = Jsoup.parse(result.getResponse().getContentAsString());
	}

	@Test
	void givesHighwirePressTagsWithTheDateAsYearMonthDay() {
		assertThat(named("citation_title")).isEqualTo(HEADLINE);
		assertThat(named("citation_publication_date")).isEqualTo("2017/12/13");
		assertThat(named("citation_publisher")).isEqualTo(PUBLISHER);
		assertThat(named("citation_public_url")).isEqualTo(ARCHIVED);
		assertThat(named("citation_fulltext_html_url")).isEqualTo(ARCHIVED);
		assertThat(named("citation_language")).isEqualTo("en");
		assertThat(this.page.select("head meta[name^=citation_author]")).as("no author: the text names none").isEmpty();
	}

	@Test
	void givesDublinCoreTags() {
		assertThat(named("DC.title")).isEqualTo(HEADLINE);
		assertThat(named("DC.date")).isEqualTo("2017-12-13");
		assertThat(named("DC.publisher")).isEqualTo(PUBLISHER);
		assertThat(named("DC.identifier")).isEqualTo(ARCHIVED);
		assertThat(named("DC.source")).isEqualTo(ORIGINAL_URL);
		assertThat(named("DC.language")).isEqualTo("en");
	}

	/**
	 * Zotero takes a page with {@code citation_journal_title} for a journal article, before
	 * reading any other tag; without it, {@code DC.type} {@code NewsItem} makes the item a
	 * newspaper article, {@code prism.publicationName} its newspaper and
	 * {@code article:section} its section.
	 */
	@Test
	void namesTheNewspaperSoThatAReferenceManagerSavesANewspaperArticle() {
		assertThat(this.page.select("head meta[name$=citation_journal_title]")).isEmpty();
		assertThat(named("DC.type")).isEqualTo("NewsItem");
		assertThat(named("prism.publicationName")).isEqualTo(PUBLISHER);
		Element section = this.page.selectFirst("head meta[property=\"article:section\"]");
		assertThat(section).isNotNull();
		assertThat(section.attr("content")).isEqualTo(SECTION);
		assertThat(section.hasAttr("name")).isFalse();
	}

	@Test
	void givesNoOtherPageTheArticlesTags() throws Exception {
		Document front = Jsoup.parse(this.mvc.get().uri("/").exchange().getResponse().getContentAsString());

		assertThat(front.select("head meta[name^=citation_], head meta[name^=\"DC.\"]")).isEmpty();
	}

	private String named(String name) {
		Element meta = this.page.selectFirst("head meta[name=\"" + name + "\"]");
		assertThat(meta).as("<meta name=%s>", name).isNotNull();
		assertThat(this.page.select("head meta[name=\"" + name + "\"]")).as("<meta name=%s>", name).hasSize(1);
		return meta.attr("content");
	}

}
