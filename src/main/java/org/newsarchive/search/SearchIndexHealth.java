package org.newsarchive.search;

import java.util.concurrent.TimeUnit;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Down while this replica builds its search index: the readiness group includes it, so a
 * load balancer sends no reader here before search can answer. Once up, its detail says how
 * this start made the index current: {@code opened}, {@code updated} or {@code built}.
 */
@Component("searchIndexHealthIndicator")
class SearchIndexHealth implements HealthIndicator {

	private final SearchIndex index;

	SearchIndexHealth(SearchIndex index) {
		this.index = index;
	}

	@Override
	public Health health() {
		try {
			return this.index.awaitBuilt(0, TimeUnit.SECONDS) ? Health.up().withDetail("index", this.index.howCurrent()).build()
					: Health.outOfService().withDetail("reason", "building").build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.unknown().build();
		}
	}

}
