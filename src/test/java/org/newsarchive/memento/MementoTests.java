package org.newsarchive.memento;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsarchive.ArchiveClient;
import org.newsarchive.RecapturedArchive;
import org.newsarchive.Seed;
import org.newsarchive.SeedRecaptured;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.SeedRecaptured.EARLIER;

/**
 * Memento (RFC 7089) over the seed and its later capture: what every capture page
 * says of itself, the TimeGate's choice at any moment, both TimeMaps, and every spelling
 * of the seed's original URL.
 */
class MementoTests extends RecapturedArchive {

	/** RFC 7231's IMF-fixdate, which RFC 7089 requires of Memento-Datetime and datetime. */
	static final Pattern HTTP_DATE = Pattern
		.compile("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT");

	static final String EARLIER_DATE = "Fri, 27 Nov 2026 00:00:00 GMT";

	static final String LATER_DATE = "Tue, 01 Dec 2026 10:30:00 GMT";

	static final String TIMEGATE = "/timegate/" + Seed.ORIGINAL_URL;

	static final String TIMEMAP = "/timemap/link/" + Seed.ORIGINAL_URL;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyCapturePageSaysWhenItWasTakenAndLinksTheOriginalTimegateTimemapAndItsNeighbours() {
		for (String page : List.of(Seed.PERMALINK, EARLIER)) {
			ArchiveClient.Response response = http().get(page);
			assertThat(response.statusCode()).isEqualTo(200);
			String datetime = response.headers().firstValue("Memento-Datetime").orElseThrow();
			assertThat(datetime).matches(HTTP_DATE);
			LinkHeader links = LinkHeader.parse(response.headers().firstValue("Link").orElseThrow());
			assertThat(links.one("original").uri()).isEqualTo(Seed.ORIGINAL_URL);
			assertThat(links.one("timegate").uri()).isEqualTo(BASE + TIMEGATE);
			assertThat(links.one("timemap").uri()).isEqualTo(BASE + TIMEMAP);
			assertThat(links.one("timemap").parameters()).containsEntry("type", "application/link-format");
			assertThat(links.one("first", "memento").uri()).isEqualTo(BASE + EARLIER);
			assertThat(links.one("first", "memento").parameters()).containsEntry("datetime", EARLIER_DATE);
			assertThat(links.one("last", "memento").uri()).isEqualTo(BASE + Seed.PERMALINK);
			assertThat(links.one("last", "memento").parameters()).containsEntry("datetime", LATER_DATE);
			links.withRel("memento").forEach((link) -> assertThat(link.parameters().get("datetime")).matches(HTTP_DATE));
		}
	}

	@Test
	void namesTheCapturesBeforeAndAfterEachPage() {
		ArchiveClient.Response newest = http().get(Seed.PERMALINK);
		assertThat(newest.headers().firstValue("Memento-Datetime")).hasValue(LATER_DATE);
		LinkHeader newestLinks = LinkHeader.parse(newest.headers().firstValue("Link").orElseThrow());
		assertThat(newestLinks.one("prev", "memento").uri()).isEqualTo(BASE + EARLIER);
		assertThat(newestLinks.withRel("next")).isEmpty();

		ArchiveClient.Response earlier = http().get(EARLIER);
		assertThat(earlier.headers().firstValue("Memento-Datetime")).hasValue(EARLIER_DATE);
		LinkHeader earlierLinks = LinkHeader.parse(earlier.headers().firstValue("Link").orElseThrow());
		assertThat(earlierLinks.one("next", "memento").uri()).isEqualTo(BASE + Seed.PERMALINK);
		assertThat(earlierLinks.withRel("prev")).isEmpty();
	}

	@Test
	void aCapturePageTakenOnceIsItsOwnFirstAndLastMemento() {
		ArchiveClient.Response once = http().get(SeedRecaptured.SINGLE_PERMALINK);
		LinkHeader links = LinkHeader.parse(once.headers().firstValue("Link").orElseThrow());

		assertThat(links.one("first", "last", "memento").uri()).isEqualTo(BASE + SeedRecaptured.SINGLE_PERMALINK);
		assertThat(links.one("original").uri()).isEqualTo(SeedRecaptured.SINGLE_URL);
	}

	@Test
	void theTimegateSendsToTheLatestCaptureWithoutAcceptDatetime() {
		ArchiveClient.Response response = http().get(TIMEGATE);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue(Seed.PERMALINK);
		assertThat(response.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("accept-datetime"));
		LinkHeader links = LinkHeader.parse(response.headers().firstValue("Link").orElseThrow());
		assertThat(links.one("original").uri()).isEqualTo(Seed.ORIGINAL_URL);
		assertThat(links.one("timemap").uri()).isEqualTo(BASE + TIMEMAP);
	}

	@Test
	void theTimegateSendsToTheCaptureNearestTheAcceptDatetime() {
		assertThat(timegate("Sat, 01 Jan 2000 00:00:00 GMT")).as("before the first").isEqualTo(EARLIER);
		assertThat(timegate(EARLIER_DATE)).as("at the first").isEqualTo(EARLIER);
		assertThat(timegate("Sun, 29 Nov 2026 00:00:00 GMT")).as("between, nearer the first").isEqualTo(EARLIER);
		assertThat(timegate("Mon, 30 Nov 2026 12:00:00 GMT")).as("between, nearer the last").isEqualTo(Seed.PERMALINK);
		assertThat(timegate("Fri, 01 Jan 2100 00:00:00 GMT")).as("after the last").isEqualTo(Seed.PERMALINK);
	}

	@ParameterizedTest
	@ValueSource(strings = { "yesterday", "2026-11-27", "Fri, 27 Nov 2026 00:00:00 CET", "Fri, 32 Nov 2026 00:00:00 GMT",
			"Fri, 27 Nov 2026 00:00:00 GMT GMT GMT GMT GMT GMT GMT GMT GMT GMT GMT GMT GMT" })
	void refusesAMalformedAcceptDatetime(String malformed) {
		assertThat(http().get(TIMEGATE, "Accept-Datetime", malformed).statusCode()).isEqualTo(400);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"http://www.businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms",
			"https://businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms",
			"https://WWW.BUSINESSINSIDER.IN/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms",
			"https://www.businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms/",
			"https://www.businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms?utm_source=twitter&fbclid=abc",
			"https://www.businessinsider.in/%54illersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522%2Ecms",
			"https:/www.businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms",
			"www.businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms" })
	void findsTheSeedUnderEverySpellingOfItsOriginalUrl(String spelling) {
		ArchiveClient.Response response = http().get("/timegate/" + spelling);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue(Seed.PERMALINK);
	}

	@Test
	void listsEveryCaptureInTheLinkFormatTimemap() {
		ArchiveClient.Response response = http().get(TIMEMAP);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/link-format"));
		assertThat(response.headers().firstValue("Content-Disposition")).hasValue("inline");
		LinkHeader timemap = LinkHeader.parse(response.text());
		assertThat(timemap.one("original").uri()).isEqualTo(Seed.ORIGINAL_URL);
		assertThat(timemap.one("self").uri()).isEqualTo(BASE + TIMEMAP);
		assertThat(timemap.one("self").parameters()).containsEntry("type", "application/link-format")
			.containsEntry("from", EARLIER_DATE)
			.containsEntry("until", LATER_DATE);
		assertThat(timemap.one("timegate").uri()).isEqualTo(BASE + TIMEGATE);
		assertThat(timemap.withRel("memento")).extracting(LinkHeader.Link::uri)
			.containsExactly(BASE + EARLIER, BASE + Seed.PERMALINK);
		assertThat(timemap.withRel("memento")).extracting((link) -> link.parameters().get("datetime"))
			.containsExactly(EARLIER_DATE, LATER_DATE);
		assertThat(timemap.one("first", "memento").uri()).isEqualTo(BASE + EARLIER);
		assertThat(timemap.one("last", "memento").uri()).isEqualTo(BASE + Seed.PERMALINK);
	}

	@Test
	void listsEveryCaptureInTheJsonTimemap() {
		ArchiveClient.Response response = http().get("/timemap/json/" + Seed.ORIGINAL_URL);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode timemap = this.json.readTree(response.text());
		assertThat(timemap.get("original_uri").asString()).isEqualTo(Seed.ORIGINAL_URL);
		assertThat(timemap.get("timegate_uri").asString()).isEqualTo(BASE + TIMEGATE);
		assertThat(timemap.get("timemap_uri").get("link_format").asString()).isEqualTo(BASE + TIMEMAP);
		JsonNode list = timemap.get("mementos").get("list");
		assertThat(list).hasSize(2);
		assertThat(list.get(0).get("datetime").asString()).isEqualTo("2026-11-27T00:00:00Z");
		assertThat(list.get(0).get("uri").asString()).isEqualTo(BASE + EARLIER);
		assertThat(list.get(1).get("datetime").asString()).isEqualTo("2026-12-01T10:30:00Z");
		assertThat(timemap.get("mementos").get("last").get("uri").asString()).isEqualTo(BASE + Seed.PERMALINK);
	}

	@Test
	void sendsATimemapAskedForUnderAnotherSpellingToTheOneItIsKeptUnder() {
		ArchiveClient.Response response = http().get("/timemap/link/http://businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms?utm_source=x");

		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).hasValue(TIMEMAP);
	}

	@Test
	void answersAnOriginalUrlItHoldsNoCaptureOf404() {
		for (String path : List.of("/timegate/https://evil.example/", "/timemap/link/https://evil.example/a",
				"/timemap/json/https://www.businessinsider.in/other")) {
			ArchiveClient.Response response = http().get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Location")).isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/timegate/javascript:alert(1)", "/timegate/ftp://example.org/a", "/timegate/file:///etc/passwd",
			"/timemap/link/data:text/html,x", "/timegate/", "/timemap/json/https://" })
	void refusesWhatIsNoHttpUrl(String path) {
		assertThat(http().get(path).statusCode()).as(path).isBetween(400, 499).isNotEqualTo(404);
	}

	@Test
	void refusesAHugeOriginalUrl() {
		int status = http().get("/timegate/https://example.org/" + "a".repeat(3_000)).statusCode();

		assertThat(status).isBetween(400, 499);
	}

	private String timegate(String acceptDatetime) {
		ArchiveClient.Response response = http().get(TIMEGATE, "Accept-Datetime", acceptDatetime);
		assertThat(response.statusCode()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

}
