package org.newsarchive.web;

import java.util.List;

/**
 * What an article tells social networks and chat apps beyond its page's meta
 * ({@link PageMeta} gives the title, description and address): OpenGraph and Twitter
 * card properties. Pages without one are {@code website}s.
 *
 * @param type {@code article}
 * @param title the page's title as a link preview shows it (an old article's carries its year)
 * @param image an absolute image URL, or null
 * @param publishedTime ISO 8601, or null
 * @param tags the article's tags
 */
public record Social(String type, String title, String image, String imageAlt, String publishedTime,
		List<String> tags) {

	public String twitterCard() {
		return (this.image != null) ? "summary_large_image" : "summary";
	}

}
