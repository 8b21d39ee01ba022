package org.newsarchive.source.load;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.NewsArchiveApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The import across restarts, on a persistent H2 database, as an operator lives it:
 * add a source and restart, break a source and restart, place a real photo.
 */
class ArchiveImportTests {

	static final String SEED_PERMALINK = "/2017/12/13/tillersons-new-north-korea-strategy-praised-by-china-and-russia-but-undermined-by-trump";

	static final Path SEED = Path.of("db/source/2017/12/tillerson-north-korea-strategy.txt");

	final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path database;

	@TempDir
	Path sources;

	@TempDir
	Path outside;

	@Test
	void addingASourceServesBothAndTheFirstKeepsItsPermalinkAndId() throws Exception {
		try (Archive archive = start("classpath:db/source")) {
			assertThat(archive.location("/a/1")).isEqualTo(SEED_PERMALINK);
		}
		writeArticle(this.sources.resolve("2020/01/second.txt"), "Second story lands safely", 2, "2020-01-02");

		try (Archive archive = start("classpath:db/source", this.sources.toUri().toString())) {
			assertThat(archive.status(SEED_PERMALINK)).isEqualTo(200);
			assertThat(archive.location("/a/1")).isEqualTo(SEED_PERMALINK);
			assertThat(archive.location("/a/2")).isEqualTo("/2020/01/02/second-story-lands-safely");
			assertThat(archive.status("/2020/01/02/second-story-lands-safely")).isEqualTo(200);
		}
		assertThat(articleIds()).containsExactly(1L, 2L);
	}

	@Test
	void anArticleWhoseSlugChangesAnswersAtItsOldPermalinkToo() throws Exception {
		Path source = this.sources.resolve("story.txt");
		writeArticle(source, "The first headline", 5, "2022-02-03");
		try (Archive archive = start(this.sources.toUri().toString())) {
			assertThat(archive.status("/2022/02/03/the-first-headline")).isEqualTo(200);
		}
		Files.writeString(this.sources.resolve("story.meta"), metadata(5, "2022-02-03") + "slug: a-better-slug\n");

		try (Archive archive = start(this.sources.toUri().toString())) {
			assertThat(archive.location("/2022/02/03/the-first-headline")).isEqualTo("/2022/02/03/a-better-slug");
			assertThat(archive.location("/a/5")).isEqualTo("/2022/02/03/a-better-slug");
		}
	}

	@Test
	void aMalformedSourceStopsTheStartNamingFileAndLineAndChangesNothing() throws Exception {
		try (Archive archive = start("classpath:db/source")) {
			assertThat(archive.status(SEED_PERMALINK)).isEqualTo(200);
		}
		writeArticle(this.sources.resolve("good.txt"), "A good story", 3, "2021-05-06");
		Path broken = this.sources.resolve("broken.txt");
		writeArticle(broken, "A broken story", 4, "2021-05-07");
		Files.writeString(broken, "A broken story\n\nA paragraph.\n\nLabel\n\nREUTERS/Someone\n");

		assertThatException().isThrownBy(() -> start("classpath:db/source", this.sources.toUri().toString()))
			.withStackTraceContaining("broken.txt:7: photo credit 'REUTERS/Someone' has no caption after it");

		assertThat(articleIds()).as("the good source imported with the broken one is rolled back too")
			.containsExactly(1L);
		try (Archive archive = start("classpath:db/source")) {
			assertThat(archive.status(SEED_PERMALINK)).isEqualTo(200);
			assertThat(archive.status("/2021/05/06/a-good-story")).isEqualTo(404);
		}
	}

	@Test
	void importsARealPhotoPlacedBesideTheSourceWithResizedRenditions() throws Exception {
		byte[] png = generatePhoto(1600, 900);
		Files.createDirectories(this.sources.resolve("2017/12"));
		Files.copy(SEED, this.sources.resolve("2017/12/seed.txt"));
		Files.write(this.sources.resolve("2017/12/lead.png"), png);
		Files.writeString(this.sources.resolve("2017/12/seed.meta"), metadata(1, "2017-12-13") + "photo.1: lead.png\n");

		try (Archive archive = start(this.sources.toUri().toString())) {
			Element image = Jsoup.parse(archive.body(SEED_PERMALINK)).selectFirst("figure#p1 img");
			assertThat(image.attr("alt")).isEqualTo("Rex Tillerson");
			assertThat(image.attr("width")).isEqualTo("1600");
			assertThat(image.attr("srcset")).contains(" 480w", " 960w", " 1600w");
			assertThat(image.parent().hasClass("photo-placeholder")).isFalse();

			HttpResponse<byte[]> original = archive.bytes(image.attr("src"));
			assertThat(original.headers().firstValue("Content-Type")).hasValue("image/png");
			assertThat(original.body()).isEqualTo(png);

			String narrowest = image.attr("srcset").split(",")[0].strip().split(" ")[0];
			BufferedImage rendition = ImageIO.read(new ByteArrayInputStream(archive.bytes(narrowest).body()));
			assertThat(rendition.getWidth()).isEqualTo(480);
			assertThat(rendition.getHeight()).isEqualTo(270);
		}
	}

	@Test
	void aPhotoFileNamedInMetadataButMissingStopsTheStart() throws Exception {
		Files.copy(SEED, this.sources.resolve("seed.txt"));
		Files.writeString(this.sources.resolve("seed.meta"), metadata(1, "2017-12-13") + "photo.2: missing.jpg\n");

		assertThatException().isThrownBy(() -> start(this.sources.toUri().toString()))
			.withStackTraceContaining("seed.meta:6: missing.jpg is not beside the source");
	}

	@Test
	void aRestartOfAnUnchangedArchiveReadsNoSourceAndImportsNothing() throws Exception {
		Path source = this.sources.resolve("2020/01/story.txt");
		writeArticle(source, "A story that stays", 7, "2020-01-02");
		try (Archive archive = start("classpath:db/source", this.sources.toUri().toString())) {
			assertThat(archive.status("/2020/01/02/a-story-that-stays")).isEqualTo(200);
		}
		// Unparseable bytes of the same size and modification time: only reading the file could tell.
		FileTime modified = Files.getLastModifiedTime(source);
		byte[] bytes = Files.readAllBytes(source);
		Arrays.fill(bytes, (byte) '•');
		Files.write(source, bytes);
		Files.setLastModifiedTime(source, modified);

		try (Archive archive = start("classpath:db/source", this.sources.toUri().toString())) {
			assertThat(archive.status("/2020/01/02/a-story-that-stays")).isEqualTo(200);
		}
		assertThat(importRuns()).as("the import ran on the first start only").isEqualTo(1);
	}

	@Test
	void aRestartNoticesAChangedAnAddedAndARemovedSource() throws Exception {
		Path source = this.sources.resolve("story.txt");
		writeArticle(source, "The first headline", 5, "2022-02-03");
		try (Archive archive = start(this.sources.toUri().toString())) {
			assertThat(archive.status("/2022/02/03/the-first-headline")).isEqualTo(200);
		}
		// The same size, a later modification time.
		FileTime modified = Files.getLastModifiedTime(source);
		Files.writeString(source, Files.readString(source).replace("first", "other"));
		Files.setLastModifiedTime(source, FileTime.fromMillis(modified.toMillis() + 2_000));
		try (Archive archive = start(this.sources.toUri().toString())) {
			assertThat(archive.location("/2022/02/03/the-first-headline")).isEqualTo("/2022/02/03/the-other-headline");
		}
		assertThat(importRuns()).isEqualTo(2);

		writeArticle(this.sources.resolve("later.txt"), "A later story", 6, "2022-03-04");
		try (Archive archive = start(this.sources.toUri().toString())) {
			assertThat(archive.status("/2022/03/04/a-later-story")).isEqualTo(200);
		}
		assertThat(importRuns()).isEqualTo(3);

		Files.delete(this.sources.resolve("later.meta"));
		Files.delete(this.sources.resolve("later.txt"));
		try (Archive archive = start(this.sources.toUri().toString())) {
			assertThat(archive.status("/2022/03/04/a-later-story")).as("a removed source stays archived").isEqualTo(200);
		}
		assertThat(importRuns()).isEqualTo(4);

		try (Archive archive = start(this.sources.toUri().toString())) {
			assertThat(archive.status("/2022/02/03/the-other-headline")).isEqualTo(200);
		}
		assertThat(importRuns()).as("nothing changed since the last start").isEqualTo(4);
	}

	@Test
	void aRestartAfterTheRegistryChangedFindsThePersonByTheirNewAliasOnly() throws Exception {
		Path registry = this.sources.resolve("people.registry");
		Files.writeString(registry, "ana-lopez | Ana López | Ana Lopez-Ruiz | Harbour master\n");
		Files.writeString(this.sources.resolve("ana.txt"), "Ana López speaks\n\nAna López opened the harbour.\n");
		Files.writeString(this.sources.resolve("ana.meta"), metadata(8, "2022-05-06"));
		try (Archive archive = start(this.sources.toUri().toString())) {
			assertThat(archive.body("/search?q=ana+lopez-ruiz")).contains("person-card", "/people/ana-lopez");
		}
		assertThat(personNames()).containsExactly("ana lopez=Ana López", "ana lopez ruiz=Ana Lopez-Ruiz");

		Files.writeString(registry, "ana-lopez | Ana López | La Capitana | Harbour master\n");
		try (Archive archive = start(this.sources.toUri().toString())) {
			assertThat(archive.body("/search?q=la+capitana")).contains("person-card", "/people/ana-lopez");
		}
		assertThat(personNames()).containsExactly("ana lopez=Ana López", "la capitana=La Capitana");
	}

	@Test
	void aThousandCapitalisedWordsBeforeAQuoteImportInsteadOfOverflowingTheStack() throws Exception {
		Path source = this.sources.resolve("runaway.txt");
		writeArticle(source, "A runaway name", 8, "2021-05-08");
		String run = capitalisedWords(1_000);
		Files.writeString(source, "A runaway name\n\n" + run + ": \"a quote.\"\n\n\"Another,\" " + run + " said.\n");

		try (Archive archive = start(this.sources.toUri().toString())) {
			assertThat(archive.body("/2021/05/08/a-runaway-name")).contains(run.substring(0, 200));
			assertThat(archive.bytes("/2021/05/08/a-runaway-name/source.txt").body())
				.isEqualTo(Files.readAllBytes(source));
		}
	}

	@Test
	void aSourceThatCannotBeReadStopsTheStartNamingFileAndLine() throws Exception {
		writeArticle(this.sources.resolve("story.txt"), "A story", 9, "2021-05-09");
		Files.delete(this.sources.resolve("story.meta"));
		Files.createDirectory(this.sources.resolve("story.meta"));

		assertThatException().isThrownBy(() -> start(this.sources.toUri().toString()))
			.withStackTraceContaining("story.meta:1: cannot read it:");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aSourceLinkedFromOutsideTheFolderIsSkippedWithAWarning(CapturedOutput output) throws Exception {
		Path secret = this.outside.resolve("file.txt");
		writeArticle(secret, "A secret kept elsewhere", 11, "2021-06-01");
		Files.copy(Path.of("db/source/people.registry"), this.outside.resolve("people.registry"));
		Files.createSymbolicLink(this.sources.resolve("evil.txt"), secret);
		Files.createSymbolicLink(this.sources.resolve("evil.meta"), this.outside.resolve("file.meta"));
		Files.createSymbolicLink(this.sources.resolve("people.registry"), this.outside.resolve("people.registry"));
		Files.createSymbolicLink(this.sources.resolve("elsewhere"), this.outside);
		writeArticle(this.sources.resolve("good.txt"), "A good story about Rex Tillerson", 12, "2021-06-02");
		// a link to a file inside the folder is followed
		Files.createDirectories(this.sources.resolve("kept"));
		Files.writeString(this.sources.resolve("kept/story.text"), "A linked story\n\nIts only paragraph.\n");
		Files.writeString(this.sources.resolve("kept/story.metadata"), metadata(13, "2021-06-03"));
		Files.createSymbolicLink(this.sources.resolve("linked.txt"), Path.of("kept/story.text"));
		Files.createSymbolicLink(this.sources.resolve("linked.meta"), Path.of("kept/story.metadata"));

		try (Archive archive = start(this.sources.toUri().toString())) {
			assertThat(archive.status("/2021/06/01/a-secret-kept-elsewhere")).isEqualTo(404);
			assertThat(archive.status("/2021/06/01/a-secret-kept-elsewhere/source.txt")).isEqualTo(404);
			assertThat(archive.status("/a/11")).isEqualTo(404);
			assertThat(archive.status("/people/rex-tillerson")).as("a registry linked from outside is not read")
				.isEqualTo(404);
			assertThat(archive.status("/2021/06/02/a-good-story-about-rex-tillerson")).isEqualTo(200);
			assertThat(archive.status("/2021/06/03/a-linked-story")).isEqualTo(200);
		}
		assertThat(output).contains("evil.txt", secret.toRealPath().toString(), "evil.meta", "people.registry",
				"elsewhere");
		assertThat(articleIds()).containsExactly(12L, 13L);
	}

	@Test
	void aPhotoLinkedFromOutsideTheFolderStopsTheStart() throws Exception {
		Path secret = this.outside.resolve("secret.png");
		Files.write(secret, generatePhoto(640, 360));
		Files.copy(SEED, this.sources.resolve("seed.txt"));
		Files.createSymbolicLink(this.sources.resolve("lead.png"), secret);
		Files.writeString(this.sources.resolve("seed.meta"), metadata(1, "2017-12-13") + "photo.1: lead.png\n");

		assertThatException().isThrownBy(() -> start(this.sources.toUri().toString()))
			.withStackTraceContaining("seed.meta:6: lead.png is a link to a file outside the source location");
		assertThat(articleIds()).isEmpty();
	}

	/** How many times the import ran: Flyway records each run of the repeatable migration. */
	private int importRuns() throws Exception {
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), "sa", "");
				ResultSet rows = connection.createStatement()
					.executeQuery("select count(*) from \"flyway_schema_history\" where \"description\" = 'Import sources'")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private Archive start(String... locations) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(NewsArchiveApplication.class).run(
				"--server.port=0", "--management.server.port=0", "--spring.datasource.url=" + jdbcUrl(), "--spring.datasource.username=sa",
				"--archive.sources=" + String.join(",", locations));
		return new Archive(context);
	}

	private String jdbcUrl() {
		return "jdbc:h2:file:" + this.database.resolve("archive").toAbsolutePath();
	}

	/** The registry's names as the import keyed them: {@code key=name}. */
	private List<String> personNames() throws Exception {
		List<String> names = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), "sa", "");
				ResultSet rows = connection.createStatement()
					.executeQuery("select name_key, name from person_name order by name_key")) {
			while (rows.next()) {
				names.add(rows.getString(1) + "=" + rows.getString(2));
			}
		}
		return names;
	}

	private List<Long> articleIds() throws Exception {
		List<Long> ids = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), "sa", "");
				ResultSet rows = connection.createStatement().executeQuery("select id from article order by id")) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		return ids;
	}

	private static void writeArticle(Path source, String headline, long id, String published) throws Exception {
		Files.createDirectories(source.getParent());
		Files.writeString(source, headline + "\n\nAdvertisement\n\nThe first paragraph of " + headline + ".\n");
		Files.writeString(Path.of(source.toString().replaceFirst("\\.txt$", ".meta")), metadata(id, published));
	}

	/** {@code Aaa Bbb Ccc …}: a run of distinct capitalised words. */
	private static String capitalisedWords(int count) {
		List<String> words = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			char letter = (char) ('a' + (i % 26));
			words.add(Character.toUpperCase(letter) + String.valueOf(letter).repeat(2) + ((i >= 26) ? (char) ('a' + (i / 26) % 26) : ""));
		}
		return String.join(" ", words);
	}

	private static String metadata(long id, String published) {
		return "id: " + id + "\npublished: " + published + "\narchived: 2026-11-27\npublisher: Test Wire\noriginal-url: https://example.org/"
				+ id + "\n";
	}

	private static byte[] generatePhoto(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** A running archive, reached over HTTP. */
	private final class Archive implements AutoCloseable {

		private final ConfigurableApplicationContext context;

		private final int port;

		Archive(ConfigurableApplicationContext context) {
			this.context = context;
			this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
		}

		int status(String path) throws Exception {
			return send(path, HttpResponse.BodyHandlers.discarding()).statusCode();
		}

		String location(String path) throws Exception {
			HttpResponse<Void> response = send(path, HttpResponse.BodyHandlers.discarding());
			assertThat(response.statusCode()).isEqualTo(301);
			return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
		}

		String body(String path) throws Exception {
			return new String(bytes(path).body(), StandardCharsets.UTF_8);
		}

		HttpResponse<byte[]> bytes(String path) throws Exception {
			HttpResponse<byte[]> response = send(path, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return response;
		}

		private <T> HttpResponse<T> send(String path, HttpResponse.BodyHandler<T> handler) throws Exception {
			return ArchiveImportTests.this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(), handler);
		}

		@Override
		public void close() {
			this.context.close();
		}

	}

}
