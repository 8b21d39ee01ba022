package org.newsarchive.article;

import java.util.List;

import org.newsarchive.web.Links;

/**
 * One element of an article body as the page lays it out: a paragraph, a subheading,
 * a figure, or a list of consecutive bullets (the key points, when they open the
 * article). Every element, and every item of a list, carries its anchor {@code p{n}}.
 */
public record BodyElement(Kind kind, String anchor, List<TextRun> runs, List<Item> items, Figure figure) {

	/** What an element is; templates switch on it. */
	public enum Kind {

		PARAGRAPH, SUBHEADING, FIGURE, LIST, KEY_POINTS

	}

	static BodyElement text(Kind kind, int position, List<TextRun> runs) {
		return new BodyElement(kind, anchor(position), runs, List.of(), null);
	}

	static BodyElement list(Kind kind, List<Item> items) {
		return new BodyElement(kind, null, List.of(), List.copyOf(items), null);
	}

	static BodyElement figure(int position, Figure figure) {
		return new BodyElement(Kind.FIGURE, anchor(position), List.of(), List.of(), figure);
	}

	static String anchor(int position) {
		return Links.anchor(position);
	}

	/** The block's number, as its link and a pinpoint citation count it: 7 for {@code p7}. */
	public int number() {
		return Links.blockNumber(this.anchor);
	}

	/** A bullet of a list. */
	public record Item(String anchor, List<TextRun> runs) {

		/** The bullet's number, as its link and a pinpoint citation count it. */
		public int number() {
			return Links.blockNumber(this.anchor);
		}

	}

	/**
	 * A photo: the label line is its alt text; the credit and caption its figcaption.
	 *
	 * @param srcset the renditions for {@code srcset}, empty when there are none
	 * @param placeholder whether the archive holds only a stand-in for the photo
	 */
	public record Figure(String src, String srcset, int width, int height, String alt, String credit,
			List<TextRun> caption, boolean placeholder) {
	}

}
