package org.newsarchive.source.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.NewsArchiveApplication;
import org.newsarchive.SourceBuilder;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Captures across restarts, on a persistent H2 database: a later capture added to an
 * archive takes the article's place and keeps the earlier one; one that clashes with
 * another stops the start, naming its file and line.
 */
class CaptureImportTests {

	static final String URL = "https://news.example/world/story-1";

	@TempDir
	Path database;

	@TempDir
	Path sources;

	@Test
	void aLaterCaptureTakesTheArticlesPlaceAndKeepsTheEarlierOneWhateverTheOrderTheyCome() throws Exception {
		SourceBuilder.article(11).headline("The story as first told").originalUrl(URL).archived("2026-11-01")
			.writeTo(this.sources, "b-first");
		start().close();
		assertThat(ids("article")).containsExactly(11L);

		// Named to be read before the first: the import meets the later capture first.
		SourceBuilder.article(12).headline("The story as first told").paragraph("The first paragraph, corrected.")
			.originalUrl("http://www.news.example/world/story-1/?utm_source=feed")
			.archived("2026-11-02T08:00:00+01:00")
			.writeTo(this.sources, "a-later");
		start().close();
		assertThat(ids("article")).containsExactly(12L);
		assertThat(ids("capture")).containsExactly(11L);

		start().close();
		assertThat(ids("article")).containsExactly(12L);
		assertThat(ids("capture")).containsExactly(11L);
	}

	@Test
	void twoCapturesOfOneUrlAtTheSameMomentStopTheStartAtTheLineOfTheSecond() throws Exception {
		SourceBuilder.article(21).originalUrl(URL).archived("2026-11-01T10:00:00Z").writeTo(this.sources, "a");
		SourceBuilder.article(22).originalUrl("https://www.news.example/world/story-1#top")
			.archived("2026-11-01T11:00:00+01:00")
			.writeTo(this.sources, "b");

		assertThatException().isThrownBy(this::start)
			.havingRootCause()
			.withMessageStartingWith("b.meta:3: ")
			.withMessageContaining("a.txt");
	}

	@Test
	void aCaptureClaimingAnIdInUseStopsTheStart() throws Exception {
		SourceBuilder.article(31).originalUrl(URL).archived("2026-11-01").writeTo(this.sources, "a");
		SourceBuilder.article(31).originalUrl(URL).archived("2026-11-02").writeTo(this.sources, "b");

		assertThatException().isThrownBy(this::start)
			.havingRootCause()
			.withMessageStartingWith("b.meta:1: ")
			.withMessageContaining("the id 31 already belongs to a.txt");
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(NewsArchiveApplication.class).run("--server.port=0",
				"--management.server.port=0", "--spring.datasource.url=" + jdbcUrl(), "--spring.datasource.username=sa",
				"--archive.sources=" + this.sources.toUri());
	}

	private String jdbcUrl() {
		return "jdbc:h2:file:" + this.database.resolve("archive").toAbsolutePath();
	}

	private List<Long> ids(String table) throws Exception {
		List<Long> ids = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), "sa", "");
				ResultSet rows = connection.createStatement().executeQuery("select id from " + table + " order by id")) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		return ids;
	}

}
