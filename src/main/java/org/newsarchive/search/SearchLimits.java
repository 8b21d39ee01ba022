package org.newsarchive.search;

import java.time.Duration;

/**
 * What one search may cost, so that no query, and no crowd of queries, can slow the
 * pages the cache serves: a query is refused when its words or its prefixes would make
 * the index read too much, it has a time budget, and only a few run at once.
 *
 * @param maxWords how many words a query may look for, after analysis (common words
 * like "the" do not count; a phrase counts each of its words)
 * @param minPrefix how many letters a prefix needs before its {@code *}
 * @param maxPrefixWords how many words of the index one prefix may stand for
 * @param timeout how long one search may read the index; then it answers what it found
 * @param concurrentSearches how many searches run at once
 * @param waitForTurn how long a search waits for its turn; then it answers "busy"
 */
public record SearchLimits(int maxWords, int minPrefix, int maxPrefixWords, Duration timeout, int concurrentSearches,
		Duration waitForTurn) {

	public static final int MAX_WORDS = 20;

	public static final int MIN_PREFIX = 3;

	public static final int MAX_PREFIX_WORDS = 100;

	public static final Duration TIMEOUT = Duration.ofMillis(200);

	/**
	 * One fewer than the cores, at least one: a search holds a core while it runs, and a
	 * core is left for the pages the cache serves (measured on two cores under eight
	 * hostile clients: two turns slowed a cached page 5.6 times, one turn 1.2 times).
	 */
	public static final int CONCURRENT_SEARCHES = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

	public static final Duration WAIT_FOR_TURN = Duration.ofMillis(100);

	/** The limits the archive runs with. */
	public static final SearchLimits DEFAULT = new SearchLimits(MAX_WORDS, MIN_PREFIX, MAX_PREFIX_WORDS, TIMEOUT,
			CONCURRENT_SEARCHES, WAIT_FOR_TURN);

	SearchLimits withTimeout(Duration timeout) {
		return new SearchLimits(this.maxWords, this.minPrefix, this.maxPrefixWords, timeout, this.concurrentSearches,
				this.waitForTurn);
	}

	SearchLimits withConcurrentSearches(int concurrentSearches) {
		return new SearchLimits(this.maxWords, this.minPrefix, this.maxPrefixWords, this.timeout, concurrentSearches,
				this.waitForTurn);
	}

}
