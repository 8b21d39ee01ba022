package org.newsarchive.browse;

import java.time.LocalDate;

/**
 * An article's card in a person's list, with how often the article names them.
 *
 * @param mentions how often the text names the person (0: only a photo shows them)
 */
record MentioningCard(ArticleCard card, int mentions) {

	/** The columns, for queries over {@code PersonArticle p}, {@code Article a} and its thumbnail {@code Image i}. */
	static final String COLUMNS = ArticleCard.COLUMNS + ", p.mentions";

	MentioningCard(long id, String slug, String headline, LocalDate published, String publisher, String summary,
			long sortKey, String thumbnailId, String thumbnailName, Integer thumbnailWidth, Integer thumbnailHeight,
			int mentions) {
		this(new ArticleCard(id, slug, headline, published, publisher, summary, sortKey, thumbnailId, thumbnailName,
				thumbnailWidth, thumbnailHeight), mentions);
	}

}
