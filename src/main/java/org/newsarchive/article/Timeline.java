package org.newsarchive.article;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.newsarchive.web.Links;

/**
 * Every capture of one original URL, oldest first: the newest is the article. What
 * Memento's TimeMap lists and its TimeGate chooses from, and what a capture page's
 * {@code Link} header names around it.
 *
 * @param originalUrl the original URL as the newest capture's metadata gives it
 * @param mementos the captures, oldest first (never empty)
 */
public record Timeline(String originalUrl, List<Memento> mementos) {

	public Timeline {
		mementos = mementos.stream().sorted(Comparator.comparing(Memento::archived)).toList();
		if (mementos.isEmpty()) {
			throw new IllegalArgumentException("A timeline has a capture at least");
		}
	}

	public Memento first() {
		return this.mementos.get(0);
	}

	public Memento last() {
		return this.mementos.get(this.mementos.size() - 1);
	}

	/** The capture taken just before this one, if any. */
	public Optional<Memento> before(Memento memento) {
		int index = this.mementos.indexOf(memento);
		return (index > 0) ? Optional.of(this.mementos.get(index - 1)) : Optional.empty();
	}

	/** The capture taken just after this one, if any. */
	public Optional<Memento> after(Memento memento) {
		int index = this.mementos.indexOf(memento);
		return (index >= 0 && index + 1 < this.mementos.size()) ? Optional.of(this.mementos.get(index + 1))
				: Optional.empty();
	}

	/** The capture with this 14-digit timestamp, if any. */
	public Optional<Memento> at(String timestamp) {
		return this.mementos.stream().filter((memento) -> memento.timestamp().equals(timestamp)).findFirst();
	}

	/** The capture nearest in time to a moment (the earlier of two as near), as a TimeGate chooses. */
	public Memento nearest(Instant moment) {
		Memento nearest = first();
		long best = Long.MAX_VALUE;
		for (Memento memento : this.mementos) {
			long distance = Math.abs(memento.archived().instant().getEpochSecond() - moment.getEpochSecond());
			if (distance < best) {
				best = distance;
				nearest = memento;
			}
		}
		return nearest;
	}

	/** The comparison of a capture with the one before it, or null for the first. */
	public String compareWithPrevious(Memento memento) {
		return before(memento).map((previous) -> Links.compare(last().path(), previous.timestamp(), memento.timestamp()))
			.orElse(null);
	}

	/** Whether the original URL was captured more than once. */
	public boolean hasEarlierCaptures() {
		return this.mementos.size() > 1;
	}

}
