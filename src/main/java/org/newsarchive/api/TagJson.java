package org.newsarchive.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.newsarchive.browse.CardPage;
import org.newsarchive.tag.TagPage;
import org.newsarchive.tag.TagView;
import org.newsarchive.web.Links;

/**
 * A tag and one page of its articles, newest first.
 *
 * @param url the tag's page
 * @param next the page of older articles, or null on the last page
 * @param previous the page of newer articles, or null on the first page
 */
@Schema(name = "Tag")
record TagJson(String slug, String name, int articleCount, String url, List<CardJson> articles, String next,
		String previous) {

	static TagJson of(TagPage tagPage, ApiLinks links) {
		TagView tag = tagPage.tag();
		CardPage page = tagPage.articles();
		String path = Links.apiTag(tag.slug());
		return new TagJson(tag.slug(), tag.name(), tag.articleCount(), links.absolute(tag.url()),
				page.cards().stream().map((card) -> CardJson.of(card, links)).toList(),
				links.page(path, "before", page.older()), links.page(path, "after", page.newer()));
	}

}
