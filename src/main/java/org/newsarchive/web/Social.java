package org.newsarchive.web;

import java.util.List;

/**
 * What a page tells social networks and chat apps to show when it is shared:
 * OpenGraph and Twitter card properties.
 *
 * @param type {@code article} or {@code website}
 * @param image an absolute image URL, or null
 * @param publishedTime ISO 8601, for articles, or null
 * @param tags the article's tags
 */
public record Social(String type, String title, String description, String url, String image, String imageAlt,
		String publishedTime, List<String> tags) {

	public static Social website(String title, String description, String url) {
		return new Social("website", title, description, url, null, null, null, List.of());
	}

	public String twitterCard() {
		return (this.image != null) ? "summary_large_image" : "summary";
	}

}
