package org.newsarchive.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsarchive.SourceBuilder;
import org.newsarchive.search.SearchResults.Hit;
import org.newsarchive.search.SearchResults.Paragraph;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A hit opens at the block that matched best, shows that block's snippet, and names the
 * other blocks that matched; a match in a photo's caption or a key point opens there.
 * Each word looked for stands where the test writes it, in articles written for it.
 */
class HitPlacesTests extends SearchArchive {

	static final String PERMALINK = "/2023/03/03/harbour-pilots-at-work";

	static void write(Path folder) {
		SourceBuilder pilots = SourceBuilder.article(500)
			.headline("Harbour pilots at work")
			.published("2023-03-03");
		for (int block = 1; block <= 9; block++) {
			pilots.paragraph(switch (block) {
				case 7 -> "Block seven is the only one to see a quokka on the breakwater.";
				case 2, 5 -> "Block " + block + " counts the narwhal sightings of the year.";
				case 4 -> "Block four says the narwhal came back, and the narwhal stayed: a narwhal summer.";
				default -> "Block " + block + " tells of the tides, the boats and the weather.";
			});
		}
		pilots.writeTo(folder, "pilots");
		SourceBuilder.article(501)
			.headline("Quayside in winter")
			.published("2023-03-04")
			.paragraph("The first paragraph says nothing of animals.")
			.paragraph("Nor does the second.")
			.photo("A quay", "Reuters", "A wombat asleep on the quay at dawn.")
			.paragraph("The last paragraph is about the cold.")
			.writeTo(folder, "quayside");
		SourceBuilder.article(502)
			.headline("Points of the day")
			.published("2023-03-05")
			.paragraph("• An axolotl was seen in the harbour basin.")
			.paragraph("• The ferry ran late.")
			.paragraph("The story told in full, without the salamander's name.")
			.writeTo(folder, "key-points");
	}

	@Test
	void opensAtTheOnlyBlockThatMatched() throws Exception {
		Hit hit = onlyHit("quokka");

		assertThat(hit.best().number()).isEqualTo(7);
		assertThat(hit.href()).isEqualTo(PERMALINK + "#p7");
		assertThat(hit.also()).isEmpty();
		assertThat(Jsoup.parse(hit.snippet()).select("mark").eachText()).containsExactly("quokka");
		assertThat(block(hit.href()).text()).contains("quokka on the breakwater");
	}

	@Test
	void opensAtTheBestBlockAndNamesTheOthersInTheirOrder() throws Exception {
		Hit hit = onlyHit("narwhal");

		assertThat(hit.best().number()).isEqualTo(4);
		assertThat(hit.also()).extracting(Paragraph::number).containsExactly(2, 5);
		assertThat(hit.also()).extracting(Paragraph::href).containsExactly(PERMALINK + "#p2", PERMALINK + "#p5");
		assertThat(hit.snippet()).contains("the <mark>narwhal</mark> came back");
	}

	@Test
	void opensAtAPhotoWhoseCaptionAloneMatched() throws Exception {
		Hit hit = onlyHit("wombat");

		Element block = block(hit.href());
		assertThat(block.is("figure") || block.selectFirst("figure") != null).as(block.outerHtml()).isTrue();
		assertThat(hit.snippet()).contains("A <mark>wombat</mark> asleep");
	}

	@Test
	void opensAtAKeyPointThatAloneMatched() throws Exception {
		Hit hit = onlyHit("axolotl");

		assertThat(hit.best().number()).isEqualTo(1);
		assertThat(block(hit.href()).text()).contains("An axolotl was seen");
	}

	@Test
	void opensAtTheTopWhenOnlyTheHeadlineMatched() throws Exception {
		Hit hit = onlyHit("quayside");

		assertThat(hit.best()).isNull();
		assertThat(hit.href()).isEqualTo("/2023/03/04/quayside-in-winter");
	}

	@Test
	void linksTheHitAndItsOtherBlocksOnThePage() throws Exception {
		Document page = page("/search?q=narwhal");
		Element hit = page.selectFirst(".search-result");

		assertThat(hit.selectFirst(".article-card-headline a").attr("href")).isEqualTo(PERMALINK + "#p4");
		assertThat(hit.selectFirst(".search-also").text()).isEqualTo("Also in ¶2, ¶5");
		assertThat(hit.select(".search-also a").eachAttr("href")).containsExactly(PERMALINK + "#p2",
				PERMALINK + "#p5");
		assertThat(hit.select(".search-also a").eachAttr("aria-label"))
			.containsExactly("Paragraph 2 of Harbour pilots at work", "Paragraph 5 of Harbour pilots at work");
	}

	@Test
	void givesTheBlocksInTheApi() throws Exception {
		String json = body(get("/api/search?q=narwhal"));

		assertThat(json).contains("\"block\":{\"number\":4,\"url\":\"http://localhost:8080" + PERMALINK + "#p4\"}",
				"\"also\":[{\"number\":2,\"url\":\"http://localhost:8080" + PERMALINK + "#p2\"},{\"number\":5,");
	}

	/**
	 * Another replica's import may change an article under an index built before it: the
	 * index's offsets are then of another text, and the hit is placed from the database's.
	 */
	@Test
	void placesAHitInTheTextTheDatabaseHoldsWhenAnImportChangedItSinceTheIndexWasBuilt() throws Exception {
		String sql = "select text from article_block where article_id = 500 and position = ?";
		String second = this.jdbc.queryForObject(sql, String.class, 2);
		String seventh = this.jdbc.queryForObject(sql, String.class, 7);
		String hash = this.jdbc.queryForObject("select import_sha256 from article where id = 500", String.class);
		try {
			swap(seventh, second, "0".repeat(64));
			Hit hit = onlyHit("quokka");

			assertThat(hit.best().number()).isEqualTo(2);
			assertThat(hit.snippet()).contains("only one to see a <mark>quokka</mark>");
		}
		finally {
			swap(second, seventh, hash);
		}
		assertThat(onlyHit("quokka").best().number()).isEqualTo(7);
	}

	/** Writes as an import does, as the schema's owner: the archive itself only reads. */
	private void swap(String second, String seventh, String hash) {
		String url = this.jdbc.execute((ConnectionCallback<String>) (connection) -> connection.getMetaData().getURL());
		JdbcTemplate owner = new JdbcTemplate(new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", ""));
		String sql = "update article_block set text = ? where article_id = 500 and position = ?";
		owner.update(sql, second, 2);
		owner.update(sql, seventh, 7);
		owner.update("update article set import_sha256 = ? where id = 500", hash);
	}

	private Hit onlyHit(String query) throws Exception {
		List<Hit> hits = search(Map.of("q", query)).hits();
		assertThat(hits).hasSize(1);
		return hits.get(0);
	}

	/** The element of the article page that the link's anchor names. */
	private Element block(String href) throws Exception {
		String[] parts = href.split("#", 2);
		Element block = page(parts[0]).getElementById(parts[1]);
		assertThat(block).as(href).isNotNull();
		return block;
	}

}
