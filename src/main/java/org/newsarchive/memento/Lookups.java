package org.newsarchive.memento;

import java.util.Optional;

import org.newsarchive.article.CaptureService;
import org.newsarchive.article.Timeline;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Looks an original URL up, for the page and the API alike: 400 for one that is missing or no http(s) URL. */
public final class Lookups {

	private Lookups() {
	}

	/** The captures of the URL, or empty when the archive holds none. */
	public static Optional<Timeline> find(CaptureService captures, String url) {
		if (url == null || url.isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Name the original URL to look up");
		}
		try {
			return captures.timelineOf(url);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

}
