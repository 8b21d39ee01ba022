package org.newsarchive.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsarchive.web.Links;

/**
 * A run of a block's text, linked to a person's page when it names them. The runs of a
 * block put together are its text, character for character.
 *
 * @param href the page the run links to, or null for plain text
 */
public record TextRun(String text, String href) {

	/** A mention of a person at {@code [start, end)} of a block's text. */
	record Span(int start, int end, String person) {
	}

	/** The text of runs put together. */
	public static String text(List<TextRun> runs) {
		StringBuilder text = new StringBuilder();
		runs.forEach((run) -> text.append(run.text()));
		return text.toString();
	}

	/** Splits a text into runs, linking the first mention of each person. */
	static List<TextRun> of(String text, List<Span> mentions) {
		List<TextRun> runs = new ArrayList<>();
		Set<String> linked = new HashSet<>();
		int at = 0;
		for (Span mention : mentions) {
			if (mention.start() >= at && mention.end() <= text.length() && linked.add(mention.person())) {
				if (mention.start() > at) {
					runs.add(new TextRun(text.substring(at, mention.start()), null));
				}
				runs.add(new TextRun(text.substring(mention.start(), mention.end()), Links.person(mention.person())));
				at = mention.end();
			}
		}
		if (at < text.length() || runs.isEmpty()) {
			runs.add(new TextRun(text.substring(at), null));
		}
		return List.copyOf(runs);
	}

}
