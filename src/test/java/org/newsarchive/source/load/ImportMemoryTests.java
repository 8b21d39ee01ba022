package org.newsarchive.source.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.ArchiveClient;
import org.newsarchive.source.generate.ArchiveGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated archive of {@value #ARTICLES} articles, large enough for what grows with
 * the archive to show, imported and started by the archive in a JVM of its own with a
 * heap of {@value #HEAP}; and imports that fail halfway through it, which leave the
 * database as they found it.
 * <p>
 * The steps build on each other, in order: the first import, broken halfway, leaves an
 * empty database; mended, it imports in the small heap; the restart reads no source
 * again; a later import that changes an article and breaks halfway leaves the previous
 * archive serving that article's earlier text, from a replica that runs throughout.
 * H2 runs in its automatic mixed mode, so that two processes share the file as two
 * replicas share a PostgreSQL database, with H2's default page cache (64 MB of the
 * heap; with 8 MB the import ran at under 100 sources a second on a busy machine).
 * Another size:
 * {@code -DimportMemory.articles=… -DimportMemory.heap=…}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportMemoryTests {

	static final int ARTICLES = 50_000;

	static final String HEAP = "256m";

	static final Duration START_TIMEOUT = Duration.ofMinutes(10);

	/** The editorial id of the first generated article. */
	static final int FIRST_ID = 1000;

	final int articles = Integer.getInteger("importMemory.articles", ARTICLES);

	final String heap = System.getProperty("importMemory.heap", HEAP);

	@TempDir
	static Path work;

	Path sources;

	List<Path> metadata;

	long files;

	@BeforeAll
	void generate() throws IOException {
		this.sources = work.resolve("sources");
		try (PrintStream quiet = new PrintStream(PrintStream.nullOutputStream())) {
			new ArchiveGenerator(42, quiet).write(this.sources, this.articles, FIRST_ID);
		}
		try (Stream<Path> walk = Files.walk(this.sources)) {
			this.files = walk.filter(Files::isRegularFile).count();
		}
		try (Stream<Path> walk = Files.walk(this.sources)) {
			this.metadata = walk.filter((file) -> file.toString().endsWith(".meta")).sorted().toList();
		}
		System.out.printf("ImportMemoryTests: %d articles, %d files generated; the archive runs in -Xmx%s%n",
				this.articles, this.files, this.heap);
	}

	@Test
	@Order(1)
	void aFirstImportThatFailsHalfwayLeavesTheDatabaseEmpty() throws Exception {
		Path broken = this.metadata.get(this.articles / 2);
		String meta = Files.readString(broken);
		Files.writeString(broken, meta.replaceFirst("published: \\S+", "published: 2020-13-45"));

		ForkedArchive.Failure failure = archive("first, broken").failToStart(START_TIMEOUT);
		assertThat(failure.log()).contains(broken.getFileName() + ":")
			.as("it failed halfway, after committing batches of articles")
			.contains("Import: 5000 sources read");
		assertThat(count("select count(*) from article")).isZero();
		assertThat(count("select count(*) from article_block")).isZero();
		assertThat(count("select count(*) from image")).isZero();
		assertThat(count("select count(*) from person")).isZero();

		Files.writeString(broken, meta);
	}

	@Test
	@Order(2)
	void aLargeArchiveImportsInASmallHeap() throws Exception {
		try (ForkedArchive archive = archive("first").start(START_TIMEOUT)) {
			assertThat(archive.get("/").statusCode()).isEqualTo(200);
			assertThat(archive.get("/a/" + (FIRST_ID + this.articles - 1)).statusCode()).isEqualTo(301);
		}
		assertThat(count("select count(*) from article")).as("the seed and every generated article")
			.isEqualTo(this.articles + 1);
		assertThat(count("select count(*) from source_file")).as("the manifest records every file")
			.isEqualTo(this.files);
	}

	@Test
	@Order(3)
	void anUnchangedArchiveRestartsWithoutImportingInASmallHeap() throws Exception {
		try (ForkedArchive archive = archive("restart").start(START_TIMEOUT)) {
			assertThat(archive.get("/").statusCode()).isEqualTo(200);
			assertThat(archive.log()).contains("is up to date. No migration necessary");
		}
		assertThat(count("select count(*) from \"flyway_schema_history\" where \"description\" = 'Import sources'"))
			.isEqualTo(1);
	}

	@Test
	@Order(4)
	void aLaterImportThatFailsHalfwayLeavesThePreviousArchiveServing() throws Exception {
		long changedId = FIRST_ID + this.articles / 4;
		byte[] previousSource = bytes("select bytes from article_source where article_id = " + changedId);
		try (ForkedArchive serving = archive("serving").start(START_TIMEOUT)) {
			Path changedSource = source(this.metadata.get(this.articles / 4));
			Files.writeString(changedSource,
					Files.readString(changedSource).replaceFirst("\n\n", "\n\nA sentence the failed import added.\n\n"));
			Path broken = this.metadata.get(this.articles / 2);
			Files.writeString(broken, Files.readString(broken).replaceFirst("published: \\S+", "published: 2020-13-45"));

			ForkedArchive.Failure failure = archive("later, broken").failToStart(START_TIMEOUT);
			assertThat(failure.log()).contains(broken.getFileName() + ":")
				.as("it wrote the changed article before it failed")
				.contains("sources read, 1 articles written");

			String permalink = serving.get("/a/" + changedId).headers().firstValue("Location").orElseThrow();
			ArchiveClient.Response article = serving.get(permalink);
			assertThat(article.statusCode()).isEqualTo(200);
			assertThat(article.text()).doesNotContain("A sentence the failed import added.");
			assertThat(serving.get("/").statusCode()).isEqualTo(200);
		}
		assertThat(bytes("select bytes from article_source where article_id = " + changedId))
			.isEqualTo(previousSource);
		assertThat(count("select count(*) from article")).isEqualTo(this.articles + 1);
	}

	private ForkedArchive archive(String name) {
		return new ForkedArchive(work.resolve(name.replace(", ", "-") + ".log"), this.heap,
				List.of("--spring.datasource.url=" + jdbcUrl(), "--spring.datasource.username=sa",
						"--archive.sources=classpath:db/source," + this.sources.toUri(),
						"--archive.search-index=" + work.resolve("index")));
	}

	/** The article source a metadata file describes. */
	private static Path source(Path metadata) {
		String name = metadata.getFileName().toString();
		return metadata.resolveSibling(name.substring(0, name.length() - ".meta".length()) + ".txt");
	}

	private long count(String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), "sa", "");
				ResultSet rows = connection.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private byte[] bytes(String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), "sa", "");
				ResultSet rows = connection.createStatement().executeQuery(sql)) {
			assertThat(rows.next()).as(sql).isTrue();
			return rows.getBytes(1);
		}
	}

	private String jdbcUrl() {
		return "jdbc:h2:file:" + work.resolve("archive").toAbsolutePath() + ";AUTO_SERVER=TRUE";
	}

}
