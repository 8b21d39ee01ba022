package org.newsarchive.source.load;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.newsarchive.source.SourceFormatException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ArchivedPhotoTests {

	/** A 1×1 lossless WebP. */
	static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

	@Test
	void readsAWebpPhotoAndKeepsItsBytes() {
		List<ImageRow> rows = ArchivedPhoto.of("2017/12/lead.webp", WEBP);

		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).mediaType()).isEqualTo("image/webp");
		assertThat(rows.get(0).fileName()).isEqualTo("lead.webp");
		assertThat(rows.get(0).width()).isEqualTo(1);
		assertThat(rows.get(0).bytes()).isEqualTo(WEBP);
	}

	@Test
	void makesJpegRenditionsOfAJpegNarrowerThanIt() throws Exception {
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);

		List<ImageRow> rows = ArchivedPhoto.of("photo.jpeg", jpeg.toByteArray());

		assertThat(rows).extracting(ImageRow::width).containsExactly(800, 480);
		assertThat(rows).extracting(ImageRow::fileName).containsExactly("photo.jpg", "photo-480.jpg");
		assertThat(rows.get(1).variantOf()).isEqualTo(rows.get(0).id());
		assertThat(rows.get(1).height()).isEqualTo(360);
	}

	@Test
	void isTheSameBytesOnEveryImport() throws Exception {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(1000, 500, BufferedImage.TYPE_INT_ARGB), "png", png);

		assertThat(ArchivedPhoto.of("a.png", png.toByteArray())).extracting(ImageRow::id)
			.isEqualTo(ArchivedPhoto.of("a.png", png.toByteArray()).stream().map(ImageRow::id).toList());
	}

	@Test
	void rejectsAFileThatIsNoImage() {
		assertThatExceptionOfType(SourceFormatException.class)
			.isThrownBy(() -> ArchivedPhoto.of("2017/notes.jpg", "hello".getBytes()))
			.withMessage("2017/notes.jpg:1: not a JPEG, PNG or WebP image");
	}

}
