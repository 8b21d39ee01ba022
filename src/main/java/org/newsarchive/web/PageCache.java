package org.newsarchive.web;

import java.time.Clock;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.newsarchive.ArchiveProperties;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The rendered pages, bounded by the memory they hold (keys, headers and bodies). Pages
 * named by a query (a search, a later page of a list) have a quarter of the budget to
 * themselves: any client can ask for as many of those as it likes, and they must not
 * evict the articles and lists that readers open.
 */
public class PageCache {

	private final Cache<String, CachedPage> paths;

	private final Cache<String, CachedPage> queries;

	private final Clock clock;

	PageCache(ArchiveProperties properties, ObjectProvider<MeterRegistry> metrics, Clock clock) {
		this.clock = clock;
		long budget = properties.pageCacheSize().toBytes();
		this.paths = cache(budget - budget / 4);
		this.queries = cache(budget / 4);
		// Hits, misses (renders) and evictions, for the operator's dashboards.
		metrics.ifAvailable((registry) -> {
			CaffeineCacheMetrics.monitor(registry, this.paths, "pages");
			CaffeineCacheMetrics.monitor(registry, this.queries, "queries");
		});
	}

	private static Cache<String, CachedPage> cache(long bytes) {
		return Caffeine.newBuilder()
			.maximumWeight(bytes)
			.weigher((String key, CachedPage page) -> (int) Math.min(Integer.MAX_VALUE,
					56 + 2L * key.length() + page.weight()))
			.recordStats()
			.build();
	}

	/** The page kept under this key, unless it has expired ({@link PageExpiry}): then it is let go. */
	CachedPage get(String key, boolean query) {
		Cache<String, CachedPage> cache = cacheFor(query);
		CachedPage page = cache.getIfPresent(key);
		if (page != null && page.hasExpiredAt(now())) {
			cache.asMap().remove(key, page);
			return null;
		}
		return page;
	}

	/** The time by the archive's clock, which the expiry of pages and their Cache-Control are reckoned by. */
	Instant now() {
		return this.clock.instant();
	}

	void put(String key, boolean query, CachedPage page) {
		cacheFor(query).put(key, page);
	}

	/** How many pages are kept. */
	public long size() {
		return this.paths.estimatedSize() + this.queries.estimatedSize();
	}

	/** The memory the kept pages are charged, in bytes. */
	public long weight() {
		return weight(this.paths) + weight(this.queries);
	}

	private static long weight(Cache<String, CachedPage> cache) {
		return cache.policy().eviction().map((eviction) -> eviction.weightedSize().orElse(0)).orElse(0L);
	}

	/** Forgets every page, so that a test that counts renders or statements starts from none. */
	public void clear() {
		this.paths.invalidateAll();
		this.queries.invalidateAll();
	}

	private Cache<String, CachedPage> cacheFor(boolean query) {
		return query ? this.queries : this.paths;
	}

}
