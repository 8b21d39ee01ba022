package org.newsarchive.article;

import org.newsarchive.schema.CaptureDate;
import org.newsarchive.web.Links;

/**
 * One capture of an original URL, as Memento (RFC 7089) names it: a memento.
 *
 * @param id the capture's own short id, {@code /a/{id}}
 * @param archived when the archive took its text
 * @param path its page: the article's permalink for the newest, an address below it for an earlier one
 * @param newest whether it is the newest capture, the article itself
 */
public record Memento(long id, CaptureDate archived, String path, boolean newest) {

	/** Its 14-digit UTC timestamp, which names an earlier capture's page. */
	public String timestamp() {
		return this.archived.timestamp();
	}

	/** Its capture date as readers write it. */
	public String archivedText() {
		return this.archived.text();
	}

	public String shortLink() {
		return Links.shortLink(this.id);
	}

}
