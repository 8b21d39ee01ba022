package org.newsarchive.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.newsarchive.article.Timeline;

/**
 * One capture of an article's original URL.
 *
 * @param id its own short id, as in /a/{id}
 * @param archived when the archive took its text: an ISO date, or a date-time with its offset
 * @param url its page: the article's permalink for the newest, an address of its own for an earlier one
 */
@Schema(name = "Capture")
record CaptureJson(long id, @Schema(example = "2026-11-27") String archived, String url) {

	/** Every capture of a timeline, oldest first. */
	static List<CaptureJson> of(Timeline timeline, ApiLinks links) {
		return timeline.mementos()
			.stream()
			.map((memento) -> new CaptureJson(memento.id(), memento.archived().iso(), links.absolute(memento.path())))
			.toList();
	}

}
