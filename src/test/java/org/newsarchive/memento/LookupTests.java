package org.newsarchive.memento;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveClient;
import org.newsarchive.RecapturedArchive;
import org.newsarchive.Seed;
import org.newsarchive.SeedRecaptured;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Looking a copy up by the URL it was taken from, on the page and in the API. */
class LookupTests extends RecapturedArchive {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void sendsAUrlTakenOnceToItsCapture() {
		ArchiveClient.Response response = http().get(lookup("http://example.org/news/once/?utm_medium=email"));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue(SeedRecaptured.SINGLE_PERMALINK);
		assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(value) -> assertThat(value).contains("max-age=300"));
	}

	@Test
	void listsTheCapturesOfAUrlTakenMoreThanOnce() {
		ArchiveClient.Response variant = http().get(lookup("http://businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms"));
		assertThat(variant.statusCode()).isEqualTo(301);
		assertThat(variant.headers().firstValue("Location")).hasValue(lookup(Seed.ORIGINAL_URL));

		ArchiveClient.Response response = http().get(lookup(Seed.ORIGINAL_URL));
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.text());
		assertThat(page.select(".capture-list li a").eachAttr("href")).containsExactly(SeedRecaptured.EARLIER,
				Seed.PERMALINK);
	}

	@Test
	void saysSoWhenItHoldsNoCaptureShowingTheUrlEscaped() {
		String url = "https://example.org/<script>alert(1)</script>";
		ArchiveClient.Response response = http().get(lookup(url));

		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.text());
		assertThat(page.selectFirst("h1").text()).isEqualTo("No capture of this URL");
		assertThat(page.selectFirst(".looked-up").text()).isEqualTo(url);
		assertThat(response.text()).doesNotContain("<script>alert").contains("&lt;script&gt;");
	}

	@Test
	void refusesWhatIsNoHttpUrl() {
		assertThat(http().get(lookup("javascript:alert(1)")).statusCode()).isEqualTo(400);
		assertThat(http().get("/lookup").statusCode()).isEqualTo(400);
		assertThat(http().get(lookup("https://example.org/" + "a".repeat(2_500))).statusCode()).isEqualTo(400);
	}

	@Test
	void offersALabelledLookupBoxOnTheFrontPage() {
		Document front = Jsoup.parse(http().get("/").text());

		Element form = front.selectFirst("form.lookup-form");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/lookup");
		Element input = form.selectFirst("input[name=url]");
		assertThat(front.selectFirst("label[for=" + input.id() + "]").text()).isNotBlank();
	}

	@Test
	void answersALookupInTheApi() {
		ArchiveClient.Response response = http().get("/api/lookup?url=" + encode(Seed.ORIGINAL_URL));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode lookup = this.json.readTree(response.text());
		assertThat(lookup.get("originalUrl").asString()).isEqualTo(Seed.ORIGINAL_URL);
		assertThat(lookup.get("timegate").asString()).isEqualTo(BASE + "/timegate/" + Seed.ORIGINAL_URL);
		assertThat(lookup.get("captures")).hasSize(2);
		assertThat(lookup.get("captures").get(0).get("id").asLong()).isEqualTo(Seed.ID);
		assertThat(lookup.get("captures").get(0).get("archived").asString()).isEqualTo(Seed.ARCHIVED);
		assertThat(lookup.get("captures").get(0).get("url").asString()).isEqualTo(BASE + SeedRecaptured.EARLIER);
		assertThat(lookup.get("captures").get(1).get("url").asString()).isEqualTo(BASE + Seed.PERMALINK);
		assertThat(http().get("/api/lookup?url=" + encode("https://example.org/none")).statusCode()).isEqualTo(404);
		assertThat(http().get("/api/lookup?url=" + encode("ftp://example.org/")).statusCode()).isEqualTo(400);
	}

	@Test
	void listsTheArticlesCapturesInTheApi() {
		JsonNode article = this.json.readTree(http().get("/api/articles/" + SeedRecaptured.ID).text());

		assertThat(article.get("archived").asString()).isEqualTo(SeedRecaptured.ARCHIVED);
		assertThat(article.get("captures")).hasSize(2);
		assertThat(article.get("captures").get(0).get("id").asLong()).isEqualTo(Seed.ID);
		assertThat(article.get("captures").get(1).get("url").asString()).isEqualTo(BASE + Seed.PERMALINK);
	}

	private static String lookup(String url) {
		return "/lookup?url=" + encode(url);
	}

	private static String encode(String url) {
		return URLEncoder.encode(url, StandardCharsets.UTF_8);
	}

}
