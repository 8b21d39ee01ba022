package org.newsarchive.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.newsarchive.browse.ArticleCard;

/**
 * An article as lists show it.
 *
 * @param permalink the article's page
 * @param api the article as JSON
 * @param thumbnail the lead photo's narrowest image, or null when it has no photo
 */
@Schema(name = "Card")
record CardJson(long id, String headline, LocalDate published, String publisher, String summary, String permalink,
		String api, String thumbnail) {

	/** The card, or null for none. */
	static CardJson of(ArticleCard card, ApiLinks links) {
		if (card == null) {
			return null;
		}
		return new CardJson(card.id(), card.headline(), card.published(), card.publisher(), card.summary(),
				links.absolute(card.permalink()), links.article(card.id()),
				(card.thumbnailUrl() != null) ? links.absolute(card.thumbnailUrl()) : null);
	}

}
