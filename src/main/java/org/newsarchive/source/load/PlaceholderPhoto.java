package org.newsarchive.source.load;

import java.nio.charset.StandardCharsets;

import org.newsarchive.source.Block;
import org.newsarchive.source.Slugs;

/**
 * Makes the stand-in for a photo the archive does not hold: an SVG that says so and
 * shows the photo's label and credit. It is text, so it is the same bytes on every
 * import and needs no fonts on the server.
 */
final class PlaceholderPhoto {

	static final int WIDTH = 1200;

	static final int HEIGHT = 675;

	private static final int MAX_TEXT = 70;

	private PlaceholderPhoto() {
	}

	static ImageRow of(Block.Photo photo) {
		String svg = """
				<svg xmlns="http://www.w3.org/2000/svg" width="%1$d" height="%2$d" viewBox="0 0 %1$d %2$d">
				<rect width="100%%" height="100%%" fill="#ebe8e1"/>
				<rect x="24" y="24" width="%3$d" height="%4$d" fill="none" stroke="#b9b3a7" stroke-width="4" stroke-dasharray="18 12"/>
				<g font-family="Georgia, 'Times New Roman', serif" text-anchor="middle" fill="#3d3a35">
				<text x="50%%" y="42%%" font-size="52">Photo not archived</text>
				<text x="50%%" y="55%%" font-size="34">%5$s</text>
				<text x="50%%" y="66%%" font-size="30" fill="#5f5a51">Credit: %6$s</text>
				</g>
				</svg>
				""".formatted(WIDTH, HEIGHT, WIDTH - 48, HEIGHT - 48, escape(shorten(photo.label())),
				escape(shorten(photo.credit())));
		return ImageRow.of(Slugs.of(photo.label()) + ".svg", "image/svg+xml", WIDTH, HEIGHT, null,
				svg.getBytes(StandardCharsets.UTF_8));
	}

	private static String shorten(String text) {
		return (text.length() <= MAX_TEXT) ? text : text.substring(0, MAX_TEXT - 1) + "…";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
