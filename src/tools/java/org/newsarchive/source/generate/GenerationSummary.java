package org.newsarchive.source.generate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a run of the {@link ArchiveGenerator} wrote.
 *
 * @param out the directory written to
 * @param articles the number of articles
 * @param people the number of people in the registry
 * @param firstId the id of the first article
 * @param lastId the id of the last article ({@code firstId - 1} when there are none)
 * @param bytes the bytes written, registry included
 * @param tagCounts the articles of each tag, most used first
 * @param elapsed how long the run took
 */
public record GenerationSummary(Path out, int articles, int people, long firstId, long lastId, long bytes,
		Map<String, Integer> tagCounts, Duration elapsed) {

	public GenerationSummary {
		tagCounts = Collections.unmodifiableMap(new LinkedHashMap<>(tagCounts));
	}

	public long articlesPerSecond() {
		return Math.round(this.articles / Math.max(1e-9, this.elapsed.toNanos() / 1e9));
	}

	/** The most used tag, the one to benchmark deep pagination with, or null. */
	public String largestTag() {
		return this.tagCounts.isEmpty() ? null : this.tagCounts.keySet().iterator().next();
	}

	@Override
	public String toString() {
		String text = this.articles + " articles (ids " + this.firstId + ".." + this.lastId + ") and " + this.people
				+ " people in " + Math.round(this.elapsed.toMillis() / 100.0) / 10.0 + " s, " + articlesPerSecond()
				+ " articles/s, " + Math.round(this.bytes / 1e6) + " MB, into " + this.out;
		String tag = largestTag();
		return (tag != null) ? text + "; largest tag '" + tag + "' on " + this.tagCounts.get(tag) + " articles" : text;
	}

}
