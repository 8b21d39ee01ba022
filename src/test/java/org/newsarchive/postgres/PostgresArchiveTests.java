package org.newsarchive.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.newsarchive.ArchiveClient;
import org.newsarchive.web.PageCache;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsarchive.RunningArchive;
import org.newsarchive.TemporaryFolders;
import org.newsarchive.source.generate.ArchiveGenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.newsarchive.Seed.PERMALINK;
import static org.newsarchive.Seed.SHORT_LINK;
import static org.newsarchive.Seed.SOURCE;

/**
 * The postgres profile on a real PostgreSQL: the same sources imported into PostgreSQL
 * and into H2 give the same archive, page for page and byte for byte, and on neither
 * can the serving role change it.
 */
class PostgresArchiveTests {

	/** Pages a crawl must find beyond the links between pages. */
	static final List<String> ENTRY_POINTS = List.of("/", "/feed.xml", "/sitemap.xml", "/robots.txt",
			"/search?q=Tillerson", "/search?q=%22North+Korea%22", "/search?q=minister+-Trump", "/search?q=harb*",
			"/api/articles/1", "/api/tags/north-korea", "/api/people/rex-tillerson", "/api/search?q=Pompeo",
			SHORT_LINK, "/nope", PERMALINK + "/source.txt", PERMALINK + "/cite.bib", PERMALINK + "/cite.json");

	static final int MOST_PAGES = 400;

	static RunningArchive postgres;

	static RunningArchive h2;

	@BeforeAll
	static void startOnBothDatabases() throws Exception {
		Path generated = TemporaryFolders.create("postgres-archive");
		new ArchiveGenerator(7, System.out).write(generated, 120, 2);
		String sources = "--archive.sources=classpath:db/source," + generated.toUri();
		List<String> onPostgres = new ArrayList<>(PostgresServer.shared().createDatabase().arguments());
		onPostgres.addAll(List.of(sources, "--spring.jpa.properties.hibernate.generate_statistics=true"));
		postgres = RunningArchive.start(onPostgres).awaitSearch();
		h2 = RunningArchive.start(List.of(sources)).awaitSearch();
	}

	@AfterAll
	static void stop() {
		if (postgres != null) {
			postgres.close();
		}
		if (h2 != null) {
			h2.close();
		}
	}

	@Test
	void runsOnPostgresql() throws SQLException {
		try (Connection connection = postgres.context().getBean(DataSource.class).getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
			assertThat(connection.getMetaData().getUserName()).isEqualTo(PostgresServer.READER);
		}
	}

	@Test
	void servesTheSourceByteForByte() throws Exception {
		ArchiveClient.Response source = postgres.get(PERMALINK + "/source.txt");

		assertThat(source.statusCode()).isEqualTo(200);
		assertThat(source.body()).isEqualTo(Files.readAllBytes(SOURCE));
	}

	@ParameterizedTest
	@MethodSource("pagesOfTheArchive")
	void everyPageIsTheSameAsOnH2(String path) {
		ArchiveClient.Response expected = h2.get(path);
		ArchiveClient.Response actual = postgres.get(path);

		assertThat(actual.statusCode()).as(path).isEqualTo(expected.statusCode());
		assertThat(actual.headers().firstValue("Content-Type")).as(path).isEqualTo(expected.headers().firstValue("Content-Type"));
		assertThat(actual.headers().firstValue("Location")).as(path).isEqualTo(expected.headers().firstValue("Location"));
		assertThat(actual.text()).as(path).isEqualTo(expected.text());
	}

	/** Every page the H2 archive links to from its entry points, as a reader or a crawler finds them. */
	static Stream<String> pagesOfTheArchive() {
		Set<String> seen = new LinkedHashSet<>(ENTRY_POINTS);
		Deque<String> queue = new ArrayDeque<>(ENTRY_POINTS);
		while (!queue.isEmpty() && seen.size() < MOST_PAGES) {
			String path = queue.poll();
			ArchiveClient.Response response = h2.get(path);
			if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			for (Element link : Jsoup.parse(response.text()).select("a[href^=/], link[href^=/], img[src^=/]")) {
				String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
				target = target.replaceFirst("#.*", "");
				if (!target.startsWith("//") && !target.isEmpty() && seen.size() < MOST_PAGES && seen.add(target)) {
					queue.add(target);
				}
			}
		}
		return seen.stream();
	}

	@Test
	void anArticlePageCostsAsFewStatementsAsOnH2() {
		Statistics statistics = postgres.context().getBean(EntityManagerFactory.class).unwrap(SessionFactory.class)
			.getStatistics();
		statistics.clear();

		postgres.context().getBean(PageCache.class).clear();
		assertThat(postgres.get(PERMALINK).statusCode()).isEqualTo(200);

		// ArticlePageTests' 9 on the seed alone, and one more: here the seed has related
		// articles among the generated ones, whose cards are read in one statement.
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(10);
	}

	@Test
	void theServingRoleCannotWrite() throws SQLException {
		assertRefused(postgres, "permission denied", "insert into tag (slug, name, article_count) values ('x', 'X', 0)",
				"delete from article", "create table intruder (id int)", "create temporary table intruder (id int)");
	}

	/**
	 * On H2 too the web layer connects as a user that may only read. H2 lets every user
	 * create a LOCAL temporary table, which only its own session sees and which goes with
	 * it; a GLOBAL one it refuses.
	 */
	@Test
	void theServingUserCannotWriteOnH2() throws SQLException {
		try (Connection connection = h2.context().getBean(DataSource.class).getConnection()) {
			assertThat(connection.getMetaData().getUserName()).isEqualTo("ARCHIVE_READER");
		}
		assertRefused(h2, "Not enough rights", "insert into tag (slug, name, article_count) values ('x', 'X', 0)",
				"delete from article", "create table intruder (id int)", "create global temporary table intruder (id int)");
	}

	private static void assertRefused(RunningArchive archive, String refusal, String... statements) throws SQLException {
		DataSource serving = archive.context().getBean(DataSource.class);
		try (Connection connection = serving.getConnection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				assertThatExceptionOfType(SQLException.class).as(sql)
					.isThrownBy(() -> statement.executeUpdate(sql))
					.withMessageContaining(refusal);
			}
		}
	}

}
