package org.newsarchive.source;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsarchive.schema.CaptureDate;

/**
 * The editorial facts about an article that its text does not state, from the
 * metadata file beside the source.
 *
 * @param id the article's short id, {@code /a/{id}}; given once, never changed
 * @param published the publication date
 * @param archived when the archive took the text (a capture of the original URL)
 * @param publisher who first published the article
 * @param originalUrl where it was first published
 * @param section the section it ran in, if known
 * @param slug the URL slug, when it should not be derived from the headline
 * @param tags the tags, in editorial order
 * @param photoFiles real photo files beside the source, by photo number (1 = first
 * photo of the article)
 * @param previousSlugs slugs the article was published under before, on the same date
 * @param withdrawn why the article was withdrawn from the archive, if it was
 * @param lines the line each key was given on, for error messages
 */
public record Metadata(long id, LocalDate published, CaptureDate archived, String publisher, URI originalUrl, Optional<String> section,
		Optional<String> slug, List<String> tags, Map<Integer, String> photoFiles, List<String> previousSlugs,
		Optional<String> withdrawn, Map<String, Integer> lines) {

	public Metadata {
		tags = List.copyOf(tags);
		previousSlugs = List.copyOf(previousSlugs);
		photoFiles = Map.copyOf(photoFiles);
		lines = Map.copyOf(lines);
	}

	/** The line the key was given on, or 1. */
	public int lineOf(String key) {
		return this.lines.getOrDefault(key, 1);
	}

}
