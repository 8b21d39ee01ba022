package org.newsarchive.source.load;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.newsarchive.source.SourceFormatException;

/**
 * Imports a real photo file (JPEG, PNG or WebP): the file itself, byte for byte, and
 * resized renditions at the widths in {@link #RENDITION_WIDTHS} that are narrower than
 * it, for {@code srcset}.
 */
final class ArchivedPhoto {

	static final int[] RENDITION_WIDTHS = { 480, 960 };

	private ArchivedPhoto() {
	}

	/** The original first, then its renditions from narrow to wide. */
	static List<ImageRow> of(String name, byte[] bytes) {
		String mediaType = mediaType(name, bytes);
		BufferedImage image = decode(name, bytes);
		String baseName = name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z0-9]+$", "");
		ImageRow original = ImageRow.of(baseName + extension(mediaType), mediaType, image.getWidth(),
				image.getHeight(), null, bytes);
		List<ImageRow> rows = new ArrayList<>(List.of(original));
		String renditionFormat = "image/png".equals(mediaType) ? "png" : "jpeg";
		for (int width : RENDITION_WIDTHS) {
			if (width < image.getWidth()) {
				int height = Math.max(1, Math.round((float) image.getHeight() * width / image.getWidth()));
				byte[] resized = encode(resize(image, width, height, renditionFormat), renditionFormat);
				rows.add(ImageRow.of(baseName + "-" + width + "." + ("png".equals(renditionFormat) ? "png" : "jpg"),
						"image/" + renditionFormat, width, height, original.id(), resized));
			}
		}
		return rows;
	}

	private static String mediaType(String name, byte[] bytes) {
		if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G')) {
			return "image/png";
		}
		if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
			return "image/webp";
		}
		throw new SourceFormatException(name, 1, "not a JPEG, PNG or WebP image");
	}

	private static String extension(String mediaType) {
		return switch (mediaType) {
			case "image/jpeg" -> ".jpg";
			case "image/png" -> ".png";
			default -> ".webp";
		};
	}

	private static BufferedImage decode(String name, byte[] bytes) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image == null) {
				throw new SourceFormatException(name, 1, "no reader for this image on this server");
			}
			return image;
		}
		catch (IOException ex) {
			throw new SourceFormatException(name, 1, "cannot decode the image: " + ex.getMessage());
		}
	}

	private static BufferedImage resize(BufferedImage image, int width, int height, String format) {
		int type = "png".equals(format) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage resized = new BufferedImage(width, height, type);
		Graphics2D graphics = resized.createGraphics();
		try {
			graphics.drawImage(image.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING), 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return resized;
	}

	private static byte[] encode(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean startsWith(byte[] bytes, int offset, int... prefix) {
		return bytes.length >= offset + prefix.length && Arrays.equals(
				Arrays.copyOfRange(bytes, offset, offset + prefix.length), toBytes(prefix));
	}

	private static byte[] toBytes(int[] values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}
