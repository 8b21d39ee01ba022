package org.newsarchive.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.RunningArchive;
import org.newsarchive.source.generate.ArchiveGenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * An import that cannot finish changes nothing on PostgreSQL: a malformed source stops
 * the start with its file and line, and a source the database refuses halfway through
 * the import leaves no part of the new articles behind. The archive already imported
 * is served as it was.
 */
class ImportFaultTests {

	@TempDir
	Path sources;

	PostgresServer.Database database;

	List<String> arguments;

	@BeforeEach
	void importTheFirstThirtyArticles() throws IOException {
		this.database = PostgresServer.shared().createDatabase();
		new ArchiveGenerator(3, System.out).write(this.sources.resolve("first"), 30, 2);
		this.arguments = new ArrayList<>(this.database.arguments());
		this.arguments.add("--archive.sources=classpath:db/source," + this.sources.toUri());
		try (RunningArchive archive = RunningArchive.start(this.arguments)) {
			assertThat(archive.get("/a/2").statusCode()).isEqualTo(301);
		}
		assertThat(articles()).hasSize(31);
	}

	@Test
	void aMalformedSourceStopsTheStartWithFileAndLineAndChangesNothing() throws Exception {
		List<String> before = articles();
		Path broken = secondBatchMeta(15);
		Files.writeString(broken, Files.readString(broken).replaceFirst("published: \\S+", "published: 2020-13-45"));

		assertThatException().isThrownBy(() -> RunningArchive.start(this.arguments))
			.withStackTraceContaining(broken.getFileName().toString() + ":");

		assertThat(articles()).isEqualTo(before);
	}

	@Test
	void aSourceTheDatabaseRefusesHalfwayLeavesNoPartialArticle() throws Exception {
		List<String> before = articles();
		Path refused = secondBatchMeta(29);
		// Well-formed, but longer than the publisher column: only the database says no.
		Files.writeString(refused, Files.readString(refused).replaceFirst("publisher: [^\n]+", "publisher: " + "P".repeat(300)));

		assertThatException().isThrownBy(() -> RunningArchive.start(this.arguments))
			.withStackTraceContaining("value too long");

		assertThat(articles()).isEqualTo(before);
		try (RunningArchive archive = RunningArchive.start(withoutSecond())) {
			assertThat(archive.get("/a/2").statusCode()).isEqualTo(301);
			assertThat(archive.get("/a/100").statusCode()).isEqualTo(404);
		}
	}

	@Test
	void aFirstImportThatFailsLeavesTheDatabaseEmpty() throws Exception {
		PostgresServer.Database fresh = PostgresServer.shared().createDatabase();
		Path broken = secondBatchMeta(15);
		Files.writeString(broken, Files.readString(broken).replaceFirst("published: \\S+", "published: 2020-13-45"));
		List<String> arguments = new ArrayList<>(fresh.arguments());
		arguments.add("--archive.sources=classpath:db/source," + this.sources.resolve("first").toUri() + ","
				+ this.sources.resolve("second").toUri());

		assertThatException().isThrownBy(() -> RunningArchive.start(arguments))
			.withStackTraceContaining(broken.getFileName().toString() + ":");

		assertThat(articles(fresh)).isEmpty();
		try (Connection connection = DriverManager.getConnection(fresh.url(), PostgresServer.OWNER,
				PostgresServer.PASSWORD);
				ResultSet result = connection.createStatement()
					.executeQuery("select (select count(*) from person) + (select count(*) from image)"
							+ " + (select count(*) from tag) + (select count(*) from article_block)")) {
			result.next();
			assertThat(result.getLong(1)).as("people, images, tags and blocks left behind").isZero();
		}
	}

	private List<String> articles() {
		return articles(this.database);
	}

	/** Every article row with what identifies its content, so any change shows. */
	private static List<String> articles(PostgresServer.Database database) {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(database.url(), PostgresServer.OWNER,
				PostgresServer.PASSWORD);
				ResultSet result = connection.createStatement().executeQuery("""
						select a.id, a.slug, a.import_sha256, (select count(*) from article_block b where b.article_id = a.id)
						from article a order by a.id""")) {
			while (result.next()) {
				rows.add(result.getLong(1) + " " + result.getString(2) + " " + result.getString(3) + " " + result.getInt(4));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return rows;
	}

	private List<String> withoutSecond() {
		List<String> arguments = new ArrayList<>(this.database.arguments());
		arguments.add("--archive.sources=classpath:db/source," + this.sources.resolve("first").toUri());
		return arguments;
	}

	/**
	 * Writes thirty more articles (ids from 100, people from the first batch's registry)
	 * and answers the metadata file of one of them, to spoil.
	 */
	private Path secondBatchMeta(int index) throws IOException {
		Path second = this.sources.resolve("second");
		new ArchiveGenerator(4, System.out).write(second, 30, 100);
		Files.delete(second.resolve("people.registry"));
		try (Stream<Path> files = Files.walk(second)) {
			return files.filter((file) -> file.toString().endsWith(".meta")).sorted().toList().get(index);
		}
	}

}
