package org.newsarchive.source.load;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.schema.Sha256;
import org.newsarchive.schema.SortKey;
import org.newsarchive.source.SourceFormatException;

import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** One source read into the article the import writes: files in, a record out, no database. */
class ArticleReaderTests {

	static final String SOURCE = """
			Tillerson meets Mogherini in Brussels

			• Rex Tillerson met the EU's foreign policy chief.

			Rex Tillerson and Federica Mogherini

			REUTERS/Francois Lenoir

			The two spoke to reporters in Brussels.

			"We are ready to talk," Tillerson said on Tuesday.
			""";

	static final String REGISTRY = """
			rex-tillerson | Rex Tillerson | Tillerson | US Secretary of State
			federica-mogherini | Federica Mogherini | Mogherini | European Union foreign policy chief
			""";

	@TempDir
	Path folder;

	@Test
	void readsTheTextTheMetadataAndThePeopleItNames() throws Exception {
		ArticleImport article = read("2017/12/brussels.txt", SOURCE, metadata(7, "2017-12-05"));

		assertThat(article.sourceName()).isEqualTo("2017/12/brussels.txt");
		assertThat(article.sourceBytes()).isEqualTo(SOURCE.getBytes(StandardCharsets.UTF_8));
		assertThat(article.sourceSha256()).isEqualTo(Sha256.hex(SOURCE.getBytes(StandardCharsets.UTF_8)));
		assertThat(article.slug()).isEqualTo("tillerson-meets-mogherini-in-brussels");
		assertThat(article.permalink()).isEqualTo("2017-12-05/tillerson-meets-mogherini-in-brussels");
		assertThat(article.sortKey()).isEqualTo(SortKey.of(LocalDate.of(2017, 12, 5), 7));
		assertThat(article.text().keyPoints()).hasSize(1);
		assertThat(article.mentions().get(1)).extracting((mention) -> mention.person()).containsExactly("rex-tillerson");
		assertThat(article.photoPeople().get(2)).containsExactlyInAnyOrder("rex-tillerson", "federica-mogherini");
		assertThat(article.quotes()).singleElement()
			.satisfies((quote) -> assertThat(quote.person()).hasValue("rex-tillerson"));
	}

	@Test
	void aPhotoTheMetadataDoesNotNameIsAPlaceholder() throws Exception {
		ArticleImport article = read("brussels.txt", SOURCE, metadata(7, "2017-12-05"));

		assertThat(article.images()).containsOnlyKeys(2);
		assertThat(article.images().get(2)).singleElement()
			.satisfies((image) -> assertThat(image.mediaType()).isEqualTo("image/svg+xml"));
	}

	@Test
	void aPhotoBesideTheSourceIsReadWithItsRenditionsAndEntersTheImportHash() throws Exception {
		ArticleImport placeholder = read("brussels.txt", SOURCE, metadata(7, "2017-12-05"));
		Files.write(this.folder.resolve("lead.png"), png(1200, 600));

		ArticleImport photo = read("brussels.txt", SOURCE, metadata(7, "2017-12-05") + "photo.1: lead.png\n");

		assertThat(photo.images().get(2)).extracting(ImageRow::width).containsExactly(1200, 480, 960);
		assertThat(photo.importSha256()).isNotEqualTo(placeholder.importSha256());
	}

	@Test
	void theImportHashIsTheSameForTheSameFilesAndChangesWithTheRegistry() throws Exception {
		ArticleImport first = read("brussels.txt", SOURCE, metadata(7, "2017-12-05"));
		ArticleImport again = read("brussels.txt", SOURCE, metadata(7, "2017-12-05"));
		Files.writeString(this.folder.resolve("people.registry"), REGISTRY + "lu-kang | Lu Kang | | spokesman\n");
		ArticleImport otherRegistry = new ArticleReader(registry()).read(source("brussels.txt"));

		assertThat(again.importSha256()).isEqualTo(first.importSha256());
		assertThat(otherRegistry.importSha256()).isNotEqualTo(first.importSha256());
		assertThat(otherRegistry.sourceSha256()).isEqualTo(first.sourceSha256());
	}

	@Test
	void aSourceWithoutMetadataIsRefusedNamingTheFile() throws Exception {
		Files.writeString(this.folder.resolve("people.registry"), REGISTRY);
		Files.writeString(this.folder.resolve("alone.txt"), SOURCE);

		assertThatExceptionOfType(SourceFormatException.class)
			.isThrownBy(() -> new ArticleReader(registry()).read(source("alone.txt")))
			.withMessage("alone.txt:1: no metadata file alone.meta beside it");
	}

	@Test
	void aPhotoNumberPastTheLastPhotoIsRefusedNamingTheMetadataLine() {
		assertThatExceptionOfType(SourceFormatException.class)
			.isThrownBy(() -> read("brussels.txt", SOURCE, metadata(7, "2017-12-05") + "photo.2: lead.png\n"))
			.withMessage("brussels.meta:6: the article has 1 photos, so there is no photo 2");
	}

	@Test
	void aMalformedSourceIsRefusedNamingTheFileAndLine() {
		assertThatExceptionOfType(SourceFormatException.class)
			.isThrownBy(() -> read("broken.txt", "A broken story\n\nA paragraph.\n\nLabel\n\nREUTERS/Someone\n",
					metadata(4, "2021-05-07")))
			.withMessage("broken.txt:7: photo credit 'REUTERS/Someone' has no caption after it");
	}

	private ArticleImport read(String name, String text, String metadata) throws Exception {
		Path source = this.folder.resolve(name);
		Files.createDirectories(source.getParent());
		Files.writeString(source, text);
		Files.writeString(Path.of(source.toString().replaceFirst("\\.txt$", ".meta")), metadata);
		Files.writeString(this.folder.resolve("people.registry"), REGISTRY);
		return new ArticleReader(registry()).read(source(name));
	}

	private PeopleRegistry registry() throws Exception {
		return PeopleRegistry.read(List.of(source("people.registry")));
	}

	private SourceFile source(String name) throws Exception {
		return new SourceFile(name, new FileSystemResource(this.folder.resolve(name)), this.folder.toRealPath());
	}

	private static String metadata(long id, String published) {
		return "id: " + id + "\npublished: " + published + "\narchived: 2026-11-27\npublisher: Test Wire\noriginal-url: https://example.org/"
				+ id + "\n";
	}

	private static byte[] png(int width, int height) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

}
