package org.newsarchive.web;

import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * The page cache on the management port, for the operator and the benchmarks:
 * {@code GET /actuator/pagecache} tells how many pages are kept and the memory they are
 * charged, {@code DELETE} forgets them all, so that the next request for each page
 * renders it afresh. No reader can do either: a query the page does not declare is a
 * redirect, never a render.
 */
@Component
@Endpoint(id = "pagecache")
class PageCacheEndpoint {

	private final PageCache pages;

	PageCacheEndpoint(PageCache pages) {
		this.pages = pages;
	}

	@ReadOperation
	Map<String, Long> summary() {
		return Map.of("pages", this.pages.size(), "bytes", this.pages.weight());
	}

	@DeleteOperation
	void clear() {
		this.pages.clear();
	}

}
