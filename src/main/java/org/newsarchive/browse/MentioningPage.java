package org.newsarchive.browse;

import java.util.Map;

/** A page of a person's articles, with how often each names the person. */
public record MentioningPage(CardPage page, Map<Long, Integer> mentions) {

	public int mentionsOf(long articleId) {
		return this.mentions.getOrDefault(articleId, 0);
	}

}
