package org.newsarchive.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsarchive.ArchiveClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.ARCHIVED;
import static org.newsarchive.Seed.HEADLINE;
import static org.newsarchive.Seed.PERMALINK;
import static org.newsarchive.Seed.PERSON_PAGE;
import static org.newsarchive.Seed.PUBLISHED;
import static org.newsarchive.Seed.PUBLISHER;
import static org.newsarchive.Seed.SECTION;
import static org.newsarchive.Seed.TAG_NAMES;
import static org.newsarchive.Seed.TAG_PAGE;

/** What search engines, social cards, caches and browsers read from every page kind. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "archive.base-url=https://archive.example")
class WebCitizenTests {

	static final String BASE = "https://archive.example";

	static final List<String> PAGES = List.of("/", PERMALINK, "/tags", TAG_PAGE, "/people", PERSON_PAGE,
			"/2017", "/2017/12", "/search?q=Pompeo");

	final ArchiveClient http;

	final JsonMapper json = JsonMapper.builder().build();

	WebCitizenTests(@LocalServerPort int port) {
		this.http = ArchiveClient.on(port);
	}

	@ParameterizedTest
	@FieldSource("PAGES")
	void givesEveryPageItsLanguageTitleDescriptionCanonicalLinkAndBreadcrumbs(String path) throws Exception {
		Document page = page(path);

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.title()).isNotBlank().endsWith("· News Archive");
		assertThat(page.selectFirst("meta[name=description]").attr("content")).isNotBlank();
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + path.replace("Pompeo", "Pompeo"));
		assertThat(page.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"))
			.isEqualTo(BASE + "/feed.xml");
		assertThat(types(jsonLd(page))).contains("BreadcrumbList");
	}

	@Test
	void describesTheArticleAsANewsArticle() throws Exception {
		JsonNode article = node(jsonLd(page(PERMALINK)), "NewsArticle");

		assertThat(article.get("headline").asString()).isEqualTo(HEADLINE);
		assertThat(article.get("datePublished").asString()).isEqualTo(PUBLISHED + "T00:00:00Z");
		assertThat(article.get("dateModified").asString()).isEqualTo(PUBLISHED + "T00:00:00Z");
		assertThat(article.get("image")).hasSize(3);
		article.get("image").forEach((image) -> assertThat(image.asString()).startsWith(BASE + "/images/"));
		assertThat(article.get("articleSection").asString()).isEqualTo(SECTION);
		assertThat(article.get("keywords").valueStream().map(JsonNode::asString)).containsExactlyElementsOf(TAG_NAMES);
		assertThat(article.get("mentions")).hasSize(7);
		article.get("mentions").forEach((person) -> {
			assertThat(person.get("@type").asString()).isEqualTo("Person");
			assertThat(person.get("url").asString()).startsWith(BASE + "/people/");
		});
		assertThat(article.get("about").get(0).get("name").asString()).isEqualTo("Rex Tillerson");
		assertThat(article.get("isBasedOn").asString()).startsWith("https://www.businessinsider.in/");
		assertThat(article.get("archivedAt").get("@type").asString()).isEqualTo("WebPage");
		assertThat(article.get("archivedAt").get("url").asString()).isEqualTo(BASE + PERMALINK);
		assertThat(article.get("archivedAt").get("dateCreated").asString()).isEqualTo(ARCHIVED);
		assertThat(article.has("author")).isFalse();
	}

	@Test
	void describesPersonTagAndDatePagesForWhatTheyAre() throws Exception {
		JsonNode profile = node(jsonLd(page("/people/rex-tillerson")), "ProfilePage");
		assertThat(profile.get("mainEntity").get("@type").asString()).isEqualTo("Person");
		assertThat(profile.get("mainEntity").get("jobTitle").asString()).isEqualTo("US Secretary of State");
		assertThat(node(jsonLd(page("/tags/north-korea")), "CollectionPage").get("name").asString())
			.isEqualTo("North Korea");
		assertThat(node(jsonLd(page("/2017/12")), "CollectionPage").get("url").asString()).isEqualTo(BASE + "/2017/12");
	}

	@Test
	void givesTheArticleASocialCard() throws Exception {
		Document page = page(PERMALINK);

		assertThat(meta(page, "og:type")).isEqualTo("article");
		assertThat(meta(page, "og:title")).startsWith("Tillerson's new North Korea strategy");
		assertThat(meta(page, "og:url")).isEqualTo(BASE + PERMALINK);
		assertThat(meta(page, "og:image")).startsWith(BASE + "/images/");
		assertThat(meta(page, "og:image:alt")).isEqualTo("Rex Tillerson");
		assertThat(meta(page, "article:published_time")).isEqualTo(PUBLISHED + "T00:00:00Z");
		assertThat(page.select("meta[property=article:tag]").eachAttr("content")).hasSize(7).contains("Sanctions");
		assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", PERMALINK, "/tags", TAG_PAGE, "/people", PERSON_PAGE, "/2017", "/2017/12",
			"/search?q=Pompeo", PERMALINK + "/source.txt", "/css/archive.css" })
	void answersAConditionalRequestWith304(String path) throws Exception {
		ArchiveClient.Response first = get(path, "Accept-Encoding", "identity");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).matches("\"[^\"]+\"");
		assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(value) -> assertThat(value).contains("public").contains("max-age="));

		ArchiveClient.Response again = get(path, "If-None-Match", etag);

		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	/**
	 * A list page. (An article's page says how old the article is, so a CDN may keep it
	 * only until that changes: TodaysPagesTests.)
	 */
	@Test
	void letsPagesBeCachedAndRevalidatedByACdn() throws Exception {
		ArchiveClient.Response response = get(TAG_PAGE, "Accept-Encoding", "identity");

		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValue("public, max-age=300, stale-while-revalidate=86400");
		assertThat(response.headers().firstValue("Vary")).hasValue("Accept-Encoding");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", PERMALINK, TAG_PAGE, "/css/archive.css" })
	void compressesTextWithGzip(String path) throws Exception {
		ArchiveClient.Response plain = get(path, "Accept-Encoding", "identity");
		ArchiveClient.Response gzipped = get(path, "Accept-Encoding", "gzip, deflate, br");

		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.body().length).isLessThan(plain.body().length);
		assertThat(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes()).isEqualTo(plain.body());
		assertThat(gzipped.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
	}

	@ParameterizedTest
	@ValueSource(strings = { PERMALINK + "/", "/2017/12/13/Tillersons-New-North-Korea-Strategy-Praised-By-China-And-Russia-But-Undermined-By-Trump",
			"/TAGS/North-Korea/", "/People/Rex-Tillerson", "/tags/" })
	void redirectsATrailingSlashOrOtherCaseToTheCanonicalAddress(String path) throws Exception {
		ArchiveClient.Response response = get(path, "Accept", "text/html");

		assertThat(response.statusCode()).isEqualTo(301);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).isEqualTo(location.toLowerCase()).doesNotEndWith("/");
		assertThat(get(URI.create(location).getPath(), "Accept", "text/html").statusCode()).isEqualTo(200);
	}

	@Test
	void offersACitationAndItsDownloadsOnTheArticle() throws Exception {
		Document page = page(PERMALINK);

		// Four styles (citation.CitationStyleTests holds their exact texts), each naming the
		// publisher, the permalink and the original; the downloads each answer.
		assertThat(page.select(".citation dt").eachText()).hasSize(4);
		assertThat(page.select(".citation .citation-text").eachText()).hasSize(4)
			.allSatisfy((text) -> assertThat(text).contains(PUBLISHER, "2017", BASE + PERMALINK,
					"https://www.businessinsider.in/"));
		assertThat(page.select(".citation-downloads a").eachText()).containsExactly("BibTeX", "CSL-JSON", "RIS");
		for (String href : page.select(".citation-downloads a").eachAttr("href")) {
			assertThat(get(href, "Accept", "*/*").statusCode()).as(href).isEqualTo(200);
		}
	}

	@Test
	void printsArticlesWithAStylesheetOfTheirOwn() throws Exception {
		Document page = page(PERMALINK);

		String print = page.selectFirst("link[rel=stylesheet][media=print]").attr("href");
		String css = get(print, "Accept", "text/css").text();
		assertThat(css).contains("@page", ".site-header", "attr(href)", ".photo img");
	}

	private Document page(String path) throws Exception {
		ArchiveClient.Response response = get(path, "Accept", "text/html");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.text());
	}

	private ArchiveClient.Response get(String path, String header, String value) {
		return this.http.get(path, header, value);
	}

	private JsonNode jsonLd(Document page) {
		return this.json.readTree(page.selectFirst("script[type=application/ld+json]").data());
	}

	private static List<String> types(JsonNode document) {
		assertThat(document.get("@context").asString()).isEqualTo("https://schema.org");
		return document.get("@graph").valueStream().map((node) -> node.get("@type").asString()).toList();
	}

	private static JsonNode node(JsonNode document, String type) {
		return document.get("@graph").valueStream()
			.filter((node) -> node.get("@type").asString().equals(type))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + type + " in " + document));
	}

	private static String meta(Document page, String property) {
		return page.selectFirst("meta[property=" + property + "]").attr("content");
	}

}
