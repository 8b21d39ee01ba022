package org.newsarchive.article;

import java.util.List;

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
import static org.newsarchive.Seed.PERMALINK;

/**
 * Each block of the article page links to its own anchor, as served (the browser suite
 * checks that the links show and are announced): the link is named for the block, holds
 * no text of its own, and stands beside a heading or caption rather than in it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ParagraphLinkTests {

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
	void givesEveryBlockALinkToItsOwnAnchorNamedForIt() {
		List<Element> blocks = this.page.select(".article-body [id]");

		assertThat(blocks).hasSize(26);
		for (Element block : blocks) {
			String anchor = block.id();
			String number = anchor.substring(1);
			Element link = linkOf(block);
			assertThat(link).as("the link of #%s", anchor).isNotNull();
			assertThat(link.attr("href")).isEqualTo("#" + anchor);
			assertThat(link.attr("aria-label")).isEqualTo("Link to paragraph " + number);
			Element cite = link.parent().selectFirst("a.block-cite");
			assertThat(cite.attr("href")).isEqualTo(PERMALINK + "/cite?p=" + number);
			assertThat(cite.attr("aria-label")).isEqualTo("Cite paragraph " + number);
		}
	}

	@Test
	void addsNoTextToTheBlocksOrToWhatNamesAHeadingOrAPhoto() {
		assertThat(this.page.select(".block-tools")).hasSize(26).allSatisfy((tools) -> assertThat(tools.text()).isEmpty());
		assertThat(this.page.select(".article-body h2 .block-tools")).as("links inside a heading").isEmpty();
		assertThat(this.page.select("figcaption .block-tools")).as("links inside a caption").isEmpty();
		assertThat(this.page.selectFirst("#p5").text()).startsWith("Secretary of State Rex Tillerson laid out")
			.doesNotContain("Link to", "Cite");
	}

	@Test
	void loadsTheCopyScriptDeferredFromTheArchiveItself() {
		Element script = this.page.selectFirst("script[src$=article.js]");

		assertThat(script).isNotNull();
		assertThat(script.attr("src")).isEqualTo("/js/article.js");
		assertThat(script.hasAttr("defer")).isTrue();
		assertThat(this.page.selectFirst("[role=status][aria-live=polite].copy-status")).isNotNull();
		assertThat(this.mvc.get().uri("/js/article.js")).hasStatusOk().hasContentTypeCompatibleWith("text/javascript");
	}

	/** A block's link: a child of it, or for a heading a sibling (in the wrapper both stand in). */
	private static Element linkOf(Element block) {
		List<Element> candidates = block.tagName().equals("h2") ? block.siblingElements() : block.children();
		return candidates.stream()
			.filter((element) -> element.hasClass("block-tools"))
			.map((tools) -> tools.selectFirst("a.block-link"))
			.findFirst()
			.orElse(null);
	}

}
