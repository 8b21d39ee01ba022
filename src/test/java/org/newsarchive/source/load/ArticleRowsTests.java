package org.newsarchive.source.load;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The rows an article is written as, made from the article alone. */
class ArticleRowsTests {

	@TempDir
	Path folder;

	@Test
	void aListShowsTheFirstKeyPointAndTheNarrowestImageOfTheLeadPhoto() throws Exception {
		Files.write(this.folder.resolve("lead.png"), png(1200, 600));
		ArticleImport article = read(ArticleReaderTests.SOURCE, "photo.1: lead.png\n");

		assertThat(ArticleRows.summary(article)).isEqualTo("Rex Tillerson met the EU's foreign policy chief.");
		assertThat(ArticleRows.thumbnail(article)).isEqualTo(article.images().get(2).get(1).id());
	}

	@Test
	void withoutKeyPointsAListShowsTheOpeningParagraphAndThePlaceholder() throws Exception {
		ArticleImport article = read(ArticleReaderTests.SOURCE.replace("• ", ""), "");

		assertThat(ArticleRows.summary(article)).isEqualTo("Rex Tillerson met the EU's foreign policy chief.");
		assertThat(ArticleRows.thumbnail(article)).isEqualTo(article.images().get(2).get(0).id());
	}

	@Test
	void theArticleRowHoldsTheCalendarDayOfItsPublicationForOnThisDay() throws Exception {
		ArticleImport article = read(ArticleReaderTests.SOURCE, "");

		Object[] row = ArticleRows.of(article).get(ArticleInsert.ARTICLE).get(0);

		// Published 2017-12-05: month 12, day 5, in the insert's month_day column.
		String sql = ArticleInsert.ARTICLE.sql();
		List<String> columns = Arrays.stream(sql.substring(sql.indexOf('(') + 1, sql.indexOf(')')).split(","))
			.map(String::strip)
			.toList();
		assertThat(columns).hasSize(row.length);
		assertThat(row[columns.indexOf("month_day")]).isEqualTo(1205);
	}

	@Test
	void aBlockRowHoldsItsKindItsTextAndForAPhotoItsLabelCreditAndImage() throws Exception {
		ArticleImport article = read(ArticleReaderTests.SOURCE, "");

		List<Object[]> blocks = ArticleRows.of(article).get(ArticleInsert.BLOCK);

		assertThat(blocks).extracting((row) -> row[2]).containsExactly("BULLET", "PHOTO", "PARAGRAPH");
		assertThat(blocks.get(1)).containsExactly(7L, 2, "PHOTO", "The two spoke to reporters in Brussels.",
				"Rex Tillerson and Federica Mogherini", "REUTERS/Francois Lenoir", article.images().get(2).get(0).id(),
				5);
	}

	@Test
	void everyPersonNamedInTextOrPhotoIsOnTheirListWithHowOftenTheTextNamesThem() throws Exception {
		ArticleImport article = read(ArticleReaderTests.SOURCE, "");

		Map<ArticleInsert, List<Object[]>> rows = ArticleRows.of(article);

		assertThat(rows).doesNotContainKey(ArticleInsert.IMAGE);
		assertThat(rows.get(ArticleInsert.PERSON_ARTICLE)).extracting((row) -> row[0] + " " + row[3])
			.containsExactlyInAnyOrder("rex-tillerson 2", "federica-mogherini 0");
	}

	private ArticleImport read(String text, String photos) throws Exception {
		Files.writeString(this.folder.resolve("people.registry"), ArticleReaderTests.REGISTRY);
		Files.writeString(this.folder.resolve("brussels.txt"), text);
		Files.writeString(this.folder.resolve("brussels.meta"), "id: 7\npublished: 2017-12-05\narchived: 2026-11-27\npublisher: Test Wire\n"
				+ "original-url: https://example.org/7\n" + photos);
		PeopleRegistry registry = PeopleRegistry.read(List.of(source("people.registry")));
		return new ArticleReader(registry).read(source("brussels.txt"));
	}

	private SourceFile source(String name) throws Exception {
		return new SourceFile(name, new FileSystemResource(this.folder.resolve(name)), this.folder.toRealPath());
	}

	private static byte[] png(int width, int height) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

}
