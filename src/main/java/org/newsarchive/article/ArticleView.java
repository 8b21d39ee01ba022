package org.newsarchive.article;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.newsarchive.browse.ArticleCard;
import org.newsarchive.browse.PersonLink;
import org.newsarchive.browse.TagLink;
import org.newsarchive.citation.CitedArticle;
import org.newsarchive.schema.CaptureDate;
import org.newsarchive.web.Links;

/**
 * An article as its page shows it. Templates see this, never the entities.
 *
 * @param archived when the archive took the text
 * @param summary what lists show of it: its first key point or opening, as the import
 * stored it (the headline when the article has neither)
 * @param body the body in source order, bullets grouped into lists
 * @param people the people it names, most named first
 * @param previous the article published just before it, or null
 * @param next the article published just after it, or null
 * @param related the articles most related to it, most related first
 * @param later newer articles on the same story, oldest first
 */
public record ArticleView(long id, String slug, String headline, LocalDate published, String publisher,
		String originalUrl, String section, String sourceSha256, CaptureDate archived, String summary, List<TagLink> tags,
		List<BodyElement> body,
		List<PersonLink> people, ArticleCard previous, ArticleCard next, List<ArticleCard> related,
		List<ArticleCard> later) {

	/** The publication date as readers write it: 13 December 2017. */
	public String publishedText() {
		return ArticleCard.DATE.format(this.published);
	}

	/** The article's photos, in order. */
	public List<BodyElement.Figure> figures() {
		return this.body.stream().filter((element) -> element.figure() != null).map(BodyElement::figure).toList();
	}

	/** How many blocks the body has, each bullet one: each has its anchor. */
	public int blocks() {
		return this.body.stream().mapToInt((element) -> (element.anchor() != null) ? 1 : element.items().size()).sum();
	}

	/** The month archive the dateline links to. */
	public String monthUrl() {
		return Links.month(YearMonth.from(this.published));
	}

	public String permalink() {
		return Links.article(this.published, this.slug);
	}

	public String shortLink() {
		return Links.shortLink(this.id);
	}

	/** The facts of the article its citation needs. */
	public CitedArticle cited() {
		return new CitedArticle(this.id, this.slug, this.headline, this.publisher, this.published, this.section,
				this.originalUrl, this.sourceSha256, this.archived, blocks());
	}

	/** The page that cites the article; {@code ?p=7} cites its 7th block. */
	public String citeUrl() {
		return Links.cite(this.published, this.slug);
	}

	public String sourceUrl() {
		return Links.source(this.published, this.slug);
	}

}
