package org.newsarchive.person;

import java.time.LocalDate;

import org.newsarchive.article.ArticleCard;

/**
 * An article's card in a person's list, with how often the article names them.
 *
 * @param mentions how often the text names the person (0: only a photo shows them)
 */
record MentioningCard(ArticleCard card, int mentions) {

	/** The select clause, for queries over {@code PersonArticle p}, {@code Article a} and its thumbnail {@code Image i}. */
	static final String SELECT = "select new org.newsarchive.person.MentioningCard(a.id, a.slug, a.headline,"
			+ " a.published, a.publisher, a.summary, a.sortKey, i.id, i.fileName, i.width, i.height, p.mentions)";

	MentioningCard(long id, String slug, String headline, LocalDate published, String publisher, String summary,
			long sortKey, String thumbnailId, String thumbnailName, Integer thumbnailWidth, Integer thumbnailHeight,
			int mentions) {
		this(new ArticleCard(id, slug, headline, published, publisher, summary, sortKey, thumbnailId, thumbnailName,
				thumbnailWidth, thumbnailHeight), mentions);
	}

}
