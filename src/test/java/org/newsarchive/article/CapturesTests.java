package org.newsarchive.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveClient;
import org.newsarchive.RecapturedArchive;
import org.newsarchive.Seed;
import org.newsarchive.SeedRecaptured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.SeedRecaptured.ADDED;
import static org.newsarchive.SeedRecaptured.CHANGED_8;
import static org.newsarchive.SeedRecaptured.COMPARE;
import static org.newsarchive.SeedRecaptured.EARLIER;

/**
 * The seed captured a second time, two paragraphs changed and one added: both captures
 * are kept and served, each at its own address, and the comparison shows what changed.
 */
class CapturesTests extends RecapturedArchive {

	@Test
	void servesEachCaptureItsOwnTextByteForByteAtItsOwnAddress() throws Exception {
		ArchiveClient.Response newest = http().get(Seed.PERMALINK + "/source.txt");
		ArchiveClient.Response earlier = http().get(EARLIER + "/source.txt");

		assertThat(newest.statusCode()).isEqualTo(200);
		assertThat(newest.body()).isEqualTo(SeedRecaptured.text().getBytes(StandardCharsets.UTF_8));
		assertThat(earlier.statusCode()).isEqualTo(200);
		assertThat(earlier.body()).isEqualTo(Files.readAllBytes(Seed.SOURCE));
		assertThat(earlier.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
	}

	@Test
	void showsTheNewestCaptureAtThePermalinkAndListsBoth() {
		Document page = page(Seed.PERMALINK);

		assertThat(page.selectFirst(".article-body").text()).contains(CHANGED_8, ADDED).doesNotContain("significant shift");
		assertThat(page.selectFirst(".capture-notice")).isNull();
		Element captures = page.selectFirst(".captures");
		assertThat(captures.select(".capture-list li")).hasSize(2);
		assertThat(captures.select(".capture-list a time").eachAttr("datetime"))
			.containsExactly(Seed.ARCHIVED, SeedRecaptured.ARCHIVED);
		assertThat(captures.select(".capture-list li > a:has(time)").eachAttr("href")).containsExactly(EARLIER, Seed.PERMALINK);
		assertThat(captures.select("a.compare-previous").eachAttr("href")).containsExactly(COMPARE);
		assertThat(page.selectFirst(".provenance").text()).contains("archived on 1 December 2026, 10:30 UTC");
	}

	@Test
	void saysPlainlyThatAnEarlierCaptureIsOneAndLinksToTheNewest() {
		Document page = page(EARLIER);

		Element notice = page.selectFirst(".capture-notice");
		assertThat(notice.text()).contains("earlier capture", "27 November 2026", "1 December 2026");
		assertThat(notice.selectFirst("a.newest-capture").attr("href")).isEqualTo(Seed.PERMALINK);
		assertThat(page.selectFirst(".article-body").text()).contains("significant shift").doesNotContain(ADDED);
		assertThat(page.selectFirst(".provenance").text()).contains("archived on 27 November 2026", Seed.SHA256);
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + EARLIER);
		assertThat(page.selectFirst(".short-link").attr("href")).isEqualTo(Seed.SHORT_LINK);
	}

	@Test
	void keepsEveryShortIdAndAnchorOfEveryCapture() {
		assertThat(redirect(Seed.SHORT_LINK)).isEqualTo(EARLIER);
		assertThat(redirect("/a/" + SeedRecaptured.ID)).isEqualTo(Seed.PERMALINK);
		assertThat(page(EARLIER).select(".article-body [id^=p]").eachAttr("id"))
			.containsExactlyElementsOf(anchors(26));
		assertThat(page(Seed.PERMALINK).select(".article-body [id^=p]").eachAttr("id"))
			.containsExactlyElementsOf(anchors(27));
		assertThat(page(EARLIER).selectFirst("#p8").text()).contains("significant shift");
	}

	@Test
	void sendsTheNewestCapturesTimestampToThePermalinkAndAnswersUnknownOnes404() {
		assertThat(redirect(Seed.PERMALINK + "/captures/" + SeedRecaptured.LATER_TIMESTAMP)).isEqualTo(Seed.PERMALINK);
		for (String unknown : List.of(Seed.PERMALINK + "/captures/20261127000001", Seed.PERMALINK + "/captures/2026",
				Seed.PERMALINK + "/captures/99999999999999", Seed.PERMALINK + "/captures/20261127000001/source.txt",
				Seed.PERMALINK + "/compare/20261127000000/20261127000000",
				Seed.PERMALINK + "/compare/20261127000000/20261127000001", "/2017/12/14/no-such-story/captures/20261127000000",
				"/2017/02/30/x/captures/20261127000000")) {
			assertThat(http().get(unknown).statusCode()).as(unknown).isEqualTo(404);
		}
	}

	@Test
	void comparesTheTwoCapturesShowingExactlyWhatChanged() {
		Document page = page(COMPARE);

		assertThat(page.select(".change-changed")).hasSize(2);
		assertThat(page.select(".change-inserted")).hasSize(1);
		assertThat(page.select(".change-deleted")).isEmpty();
		assertThat(page.select(".change-changed del").eachText()).containsExactly("significant", "Russian media");
		assertThat(page.select(".change-changed ins").eachText()).containsExactly("major", "reporters");
		assertThat(page.selectFirst(".change-inserted ins").text()).isEqualTo(ADDED);
		assertThat(page.select(".change-changed .change-label a").eachAttr("href"))
			.containsExactly(EARLIER + "#p8", Seed.PERMALINK + "#p8", EARLIER + "#p12", Seed.PERMALINK + "#p13");
		assertThat(page.selectFirst(".comparison-summary").text()).startsWith("2 changed, 1 inserted, 0 deleted.");
	}

	@Test
	void listsTheArticleOnceWhereverArticlesAreListed() {
		Document tag = page(Seed.TAG_PAGE);

		assertThat(tag.select(".article-list > li")).hasSize(1);
		assertThat(tag.selectFirst(".article-list a").attr("href")).isEqualTo(Seed.PERMALINK);
	}

	private Document page(String path) {
		ArchiveClient.Response response = http().get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.text());
	}

	private String redirect(String path) {
		ArchiveClient.Response response = http().get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(301);
		return response.headers().firstValue("Location").orElseThrow();
	}

	private static List<String> anchors(int count) {
		return IntStream.rangeClosed(1, count).mapToObj((n) -> "p" + n).toList();
	}

}
