package org.newsarchive.article;

import java.time.LocalDate;
import java.util.List;

import org.newsarchive.browse.ArticleCard;
import org.newsarchive.web.Links;

/**
 * An earlier capture as its page shows it: its own text and facts, when it was taken,
 * and the captures around it. Templates see this, never the entities.
 *
 * @param memento the capture itself, in its timeline
 * @param body its body in source order, bullets grouped into lists
 * @param timeline every capture of its original URL; the newest is the article
 */
public record CaptureView(long id, String headline, LocalDate published, String publisher, String originalUrl,
		String section, String sourceSha256, Memento memento, List<BodyElement> body, Timeline timeline) {

	public String publishedText() {
		return ArticleCard.DATE.format(this.published);
	}

	/** The page of this capture. */
	public String path() {
		return this.memento.path();
	}

	public String sourceUrl() {
		return this.memento.path() + Links.SOURCE;
	}

	public String shortLink() {
		return Links.shortLink(this.id);
	}

	/** The newest capture: the article at its permalink. */
	public Memento newest() {
		return this.timeline.last();
	}

	/** The comparison of this capture with the newest. */
	public String compareWithNewestUrl() {
		return Links.compare(newest().path(), this.memento.timestamp(), newest().timestamp());
	}

}
