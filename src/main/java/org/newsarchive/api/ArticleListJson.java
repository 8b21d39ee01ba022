package org.newsarchive.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.newsarchive.browse.CardPage;
import org.newsarchive.web.Links;

/**
 * One page of every article of the archive, newest first.
 *
 * @param next the page of older articles, or null on the last page
 * @param previous the page of newer articles, or null on the first page
 */
@Schema(name = "ArticleList")
record ArticleListJson(List<CardJson> articles, String next, String previous) {

	static ArticleListJson of(CardPage page, ApiLinks links) {
		return new ArticleListJson(page.cards().stream().map((card) -> CardJson.of(card, links)).toList(),
				links.page(Links.API_ARTICLES, "before", page.older()),
				links.page(Links.API_ARTICLES, "after", page.newer()));
	}

}
