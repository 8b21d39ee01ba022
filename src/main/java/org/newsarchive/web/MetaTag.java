package org.newsarchive.web;

/**
 * A {@code <meta>} tag of a page's head that its controller names, beyond the title,
 * description and social tags every page has.
 *
 * @param property whether the name is an RDFa {@code property} (OpenGraph's), not a {@code name}
 */
public record MetaTag(String name, String content, boolean property) {

	public static MetaTag named(String name, String content) {
		return new MetaTag(name, content, false);
	}

	public static MetaTag property(String name, String content) {
		return new MetaTag(name, content, true);
	}

}
