package org.newsarchive.feed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.junit.jupiter.api.Test;
import org.newsarchive.browse.ArticleCard;

import static org.assertj.core.api.Assertions.assertThat;

/** Atom as the writer makes it of any articles, read back by Rome. */
class AtomWriterTests {

	static final String BASE = "https://news.example.org";

	final AtomWriter writer = new AtomWriter((path) -> BASE + path);

	@Test
	void datesTheFeedByItsNewestEntryAndKeepsTheirOrder() throws Exception {
		SyndFeed feed = read(new AtomFeed("/feed.xml", "News Archive", "/", null,
				List.of(card(9, "2020-02-01", "Newer"), card(3, "2020-01-31", "Older"))));

		assertThat(feed.getPublishedDate()).isEqualTo(date("2020-02-01T00:00:00Z"));
		assertThat(feed.getEntries()).extracting(SyndEntry::getUri)
			.containsExactly(BASE + "/a/9", BASE + "/a/3");
		assertThat(feed.getEntries()).extracting(SyndEntry::getPublishedDate)
			.containsExactly(date("2020-02-01T00:00:00Z"), date("2020-01-31T00:00:00Z"));
	}

	@Test
	void datesAFeedInAnotherOrderByItsNewestEntryWhereverItStands() throws Exception {
		SyndFeed feed = read(new AtomFeed("/search/feed.xml?q=a&sort=oldest", "Search: a · News Archive",
				"/search?q=a&sort=oldest", null, List.of(card(3, "2020-01-31", "Older"), card(9, "2020-02-01", "Newer"),
						card(4, "2020-01-31", "Also older"))));

		assertThat(feed.getPublishedDate()).isEqualTo(date("2020-02-01T00:00:00Z"));
		assertThat(feed.getEntries()).extracting(SyndEntry::getUri)
			.containsExactly(BASE + "/a/3", BASE + "/a/9", BASE + "/a/4");
	}

	@Test
	void writesAFeedWithNoEntriesThatIsStillAtom() throws Exception {
		SyndFeed feed = read(new AtomFeed("/people/nobody/feed.xml", "Nobody · News Archive", "/people/nobody", null,
				List.of()));

		assertThat(feed.getEntries()).isEmpty();
		assertThat(feed.getUri()).isEqualTo(BASE + "/people/nobody/feed.xml");
		assertThat(feed.getPublishedDate()).isEqualTo(date("1970-01-01T00:00:00Z"));
	}

	@Test
	void escapesMarkupAndDropsWhatXmlCannotHold() throws Exception {
		SyndFeed feed = read(new AtomFeed("/feed.xml", "News Archive", "/", null,
				List.of(card(1, "2020-01-01", "Q&A: <b>\"Why\"</b>\u0007 now?\uD800"))));

		assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("Q&A: <b>\"Why\"</b> now?");
	}

	@Test
	void leavesOutTheSummaryOfAnArticleWithoutOne() throws Exception {
		ArticleCard card = new ArticleCard(5, "a5", "No summary", LocalDate.parse("2020-01-01"), "Publisher", null,
				0, null, null, null, null);

		SyndFeed feed = read(new AtomFeed("/feed.xml", "News Archive", "/", null, List.of(card)));

		assertThat(feed.getEntries().get(0).getDescription()).isNull();
	}

	private SyndFeed read(AtomFeed feed) throws Exception {
		byte[] xml = this.writer.write(feed);
		assertThat(new String(xml, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
		return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(xml)));
	}

	private static ArticleCard card(long id, String published, String headline) {
		return new ArticleCard(id, "a" + id, headline, LocalDate.parse(published), "Publisher", "Summary of " + id, 0,
				null, null, null, null);
	}

	private static Date date(String instant) {
		return Date.from(Instant.parse(instant));
	}

}
