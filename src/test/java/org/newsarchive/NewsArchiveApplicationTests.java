package org.newsarchive;

import java.net.URI;
import java.nio.file.Files;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.PERMALINK;
import static org.newsarchive.Seed.SHORT_LINK;
import static org.newsarchive.Seed.SOURCE;

/** The reader's journey over real HTTP: permalink, short link, source, images, errors. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NewsArchiveApplicationTests {

	final ArchiveClient http;

	NewsArchiveApplicationTests(@LocalServerPort int port) {
		this.http = ArchiveClient.on(port);
	}

	@Test
	void servesTheArticleAtItsPermalink() throws Exception {
		ArchiveClient.Response response = this.http.get(PERMALINK);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/html"));
		assertThat(Jsoup.parse(response.text()).selectFirst("h1").text()).startsWith("Tillerson's new North Korea");
	}

	@Test
	void redirectsTheShortLinkPermanentlyToThePermalink() throws Exception {
		ArchiveClient.Response response = this.http.get(SHORT_LINK);

		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(URI.create(location).getPath()).isEqualTo(PERMALINK));
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=86400, public");
	}

	@Test
	void servesTheSourceByteForByte() throws Exception {
		ArchiveClient.Response response = this.http.get(PERMALINK + "/source.txt");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		assertThat(response.body()).isEqualTo(Files.readAllBytes(SOURCE));
	}

	@Test
	void servesEachImageWithItsTypeAValidatorAndAYearOfCaching() throws Exception {
		List<String> images = Jsoup.parse(this.http.get(PERMALINK).text()).select("figure img").eachAttr("src");
		assertThat(images).hasSize(3);

		for (String image : images) {
			ArchiveClient.Response response = this.http.get(image);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
			assertThat(response.headers().firstValue("Cache-Control"))
				.hasValue("max-age=31536000, public, immutable");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.text()).contains("Photo not archived");
			String etag = response.headers().firstValue("ETag").orElseThrow();
			assertThat(etag).matches("\"[0-9a-f]{64}\"");

			ArchiveClient.Response revalidated = this.http.get(image, "If-None-Match", etag);
			assertThat(revalidated.statusCode()).isEqualTo(304);
			assertThat(revalidated.body()).isEmpty();
		}
	}

	@Test
	void showsThePlaceholdersCreditOnThePlaceholder() throws Exception {
		String image = Jsoup.parse(this.http.get(PERMALINK).text()).select("figure img").get(2).attr("src");

		assertThat(this.http.get(image).text()).contains("Credit: Ahn Young-joon/AP", "Trump kim jong un");
	}

	@Test
	void listsTheArticleOnTheFrontPage() throws Exception {
		Document front = Jsoup.parse(this.http.get("/").text());

		assertThat(front.select("main a").eachAttr("href")).contains(PERMALINK);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/2017/12/13/no-such-article", "/2017/13/45/bad-date", "/a/999999",
			"/images/00000000000000000000000000000000/none.svg", "/images/not-an-id/none.svg", "/no/such/page",
			"/2017/12/13/no-such-article/source.txt", "/a/99999999999999999999999" })
	void answersUnknownAddressesWithTheArchives404Page(String path) throws Exception {
		ArchiveClient.Response response = this.http.get(path, "Accept", "text/html");

		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.text());
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
		assertThat(page.selectFirst("a.site-name")).as("the site's layout").isNotNull();
		assertThat(response.text()).doesNotContain("Whitelabel", "Exception", "at org.");
	}

}
