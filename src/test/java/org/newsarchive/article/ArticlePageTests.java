package org.newsarchive.article;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.newsarchive.web.PageCache;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.ARCHIVED;
import static org.newsarchive.Seed.ORIGINAL_URL;
import static org.newsarchive.Seed.PERMALINK;
import static org.newsarchive.Seed.PHOTO_CREDITS;
import static org.newsarchive.Seed.PHOTO_LABELS;
import static org.newsarchive.Seed.PUBLISHED;
import static org.newsarchive.Seed.PUBLISHER;
import static org.newsarchive.Seed.SHORT_LINK;
import static org.newsarchive.Seed.SOURCE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
class ArticlePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	PageCache pageCache;

	@Test
	void rendersEveryLineOfTheSourceInOrderWithNoWordLostOrChanged() throws Exception {
		String pageText = articleText(page());
		List<String> lines = Files.readAllLines(SOURCE);
		String headline = lines.get(0);

		int position = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = normalise(lines.get(i).replaceFirst("^\\s*•", ""));
			boolean noise = line.isEmpty() || line.equals("Advertisement") || (i == 3 && line.equals(headline));
			if (!noise) {
				int found = pageText.indexOf(line, position);
				assertThat(found).as("line %d of the source, after what came before: %s", i + 1, line)
					.isGreaterThanOrEqualTo(0);
				position = found + line.length();
			}
		}
	}

	@Test
	void marksUpTheArticleSemantically() throws Exception {
		Element article = page().selectFirst("main article");

		assertThat(article).isNotNull();
		assertThat(article.select("h1")).hasSize(1);
		assertThat(article.select(".key-points li")).hasSize(3);
		assertThat(article.select(".article-body > p")).hasSize(18);
		// A subheading stands with its own link in a wrapper, so that the link is not part of its name.
		assertThat(article.select(".article-body > .subheading > h2")).extracting(Element::text)
			.containsExactly("The White House is unmoved", "Golden opportunity for peace - if that's what the US wants");
		assertThat(article.select("figure img")).extracting((img) -> img.attr("alt"))
			.containsExactlyElementsOf(PHOTO_LABELS);
		assertThat(article.select("figure figcaption .credit")).extracting(Element::text)
			.containsExactlyElementsOf(PHOTO_CREDITS);
		assertThat(article.select("figure figcaption .caption").first().text())
			.startsWith("US Secretary of State Rex Tillerson addresses a joint news conference");
	}

	@Test
	void givesEveryBlockAStableAnchor() throws Exception {
		Element body = page().selectFirst(".article-body");

		List<String> anchors = body.select("[id^=p]").eachAttr("id");

		assertThat(anchors).hasSize(26);
		for (int i = 0; i < anchors.size(); i++) {
			assertThat(anchors.get(i)).isEqualTo("p" + (i + 1));
		}
		assertThat(body.selectFirst("#p5").text()).startsWith("Secretary of State Rex Tillerson laid out");
	}

	@Test
	void saysPlainlyThatItIsAnArchivedCopy() throws Exception {
		Element provenance = page().selectFirst(".provenance");
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(SOURCE)));

		assertThat(provenance.text()).contains(PUBLISHER, "13 December 2017", sha256);
		assertThat(provenance.selectFirst("a.original-url").attr("href")).isEqualTo(ORIGINAL_URL);
		assertThat(provenance.select("a").eachAttr("href")).contains(PERMALINK + "/source.txt", SHORT_LINK);
		assertThat(page().select("main time").first().attr("datetime")).isEqualTo(PUBLISHED);
	}

	@Test
	void saysWhenTheArchiveTookTheText() throws Exception {
		Element provenance = page().selectFirst(".provenance");

		assertThat(provenance.text()).contains("archived on 27 November 2026");
		assertThat(provenance.select("time").eachAttr("datetime")).contains(ARCHIVED);
	}

	@Test
	void costsAFixedSmallNumberOfStatements() throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		render();
		statistics.clear();

		render();

		// The article with its body; its tags, images, mentions and people; the articles
		// before and after it; the candidates for its related articles (the seed has none,
		// so no cards follow); its earlier captures. None depends on the article's size.
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(9);
	}

	/** Renders the page afresh: with the page cache emptied, the request reaches the controller. */
	private void render() throws Exception {
		this.pageCache.clear();
		this.mvc.perform(get(PERMALINK)).andExpect(status().isOk());
	}

	private Document page() throws Exception {
		String html = this.mvc.perform(get(PERMALINK)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	/** The article's text in document order, with each image's alt text where the image stands. */
	private static String articleText(Document page) {
		Element article = page.selectFirst("main article").clone();
		article.select("img").forEach((img) -> img.replaceWith(new org.jsoup.nodes.TextNode(" " + img.attr("alt") + " ")));
		return normalise(article.text());
	}

	private static String normalise(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

}
