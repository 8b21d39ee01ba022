package org.newsarchive.web;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.PERMALINK;
import static org.newsarchive.Seed.TAG_PAGE;

/**
 * The archive on the public internet, in front of people who try things: no request
 * sends a reader off the archive, and no stream of address variants renders pages,
 * grows the page cache or the heap, or evicts the pages readers use.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HostileTrafficTests {

	/** The pages a reader opens, requested before and all through the junk. */
	static final List<String> READER_PAGES = List.of("/", "/tags", "/people", TAG_PAGE, PERMALINK);

	static final int JUNK_REQUESTS = 20_000;

	static final long MAX_HEAP_GROWTH = 20L * 1024 * 1024;

	/** Request targets that once answered, or could answer, a Location off the archive. */
	static final List<String> REDIRECT_BAIT = List.of("//evil.com/", "///evil.com/", "//evil.com/tags/",
			"//evil.com/?x=1", "////evil.com//", "/\\evil.com/", "/\\/evil.com/", "/%5Cevil.com/", "/%5C%5Cevil.com/",
			"/%2F%2Fevil.com/", "/%2f%2fevil.com", "/%2F/evil.com/", "//%65vil.com/", "/.//evil.com/",
			"/./evil.com/..//evil.com/", "/tags/..//evil.com/", "//evil.com/%2e%2e", "/tags;//evil.com/",
			"/Tags//evil.com/", "//evil.com/a/1", "/a/1?next=//evil.com", "/%09/evil.com/", "/%20//evil.com/",
			"http://evil.com//evil.com/", "http://evil.com/", "https://evil.com//evil.com/tags/", "//evil.com:80/",
			"//user@evil.com/", "/%0d%0aLocation:%20http://evil.com/", "//evil.com/tags/north-korea/?utm=1");

	final ArchiveClient http;

	@Autowired
	PageCache pageCache;

	@Autowired
	MeterRegistry metrics;

	HostileTrafficTests(@LocalServerPort int port) {
		this.http = ArchiveClient.on(port);
	}

	@Test
	void sendsNoRedirectOffTheArchive() {
		List<String> failures = new ArrayList<>();
		for (String target : REDIRECT_BAIT) {
			for (String method : List.of("GET", "HEAD")) {
				ArchiveClient.RawResponse response = this.http.raw(method, target, List.of(), 5_000);
				if (response.status() == 0 || response.status() >= 500) {
					failures.add(method + " " + target + ": status " + response.status());
				}
				response.offSiteRedirect(this.http.port())
					.ifPresent((why) -> failures.add(method + " " + target + ": " + why));
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void answersJunkVariantsWithoutRenderingOrKeepingThem() throws Exception {
		for (String page : READER_PAGES) {
			assertThat(this.http.get(page).statusCode()).as(page).isEqualTo(200);
		}
		long heapBefore = heapAfterFullGc();
		double rendersBefore = pageRenders();
		long entriesBefore = this.pageCache.size();
		double hitsBefore = cacheHits();

		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		AtomicInteger sent = new AtomicInteger();
		long started = System.nanoTime();
		int readerRequests = 0;
		ExecutorService clients = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int client = 0; client < 4; client++) {
				int seed = client;
				running.add(clients.submit(() -> {
					Random random = new Random(20261201L + seed);
					for (int i = seed; i < JUNK_REQUESTS; i += 4) {
						int status = this.http.get(junk(random, i)).statusCode();
						statuses.computeIfAbsent(status, (key) -> new AtomicInteger()).incrementAndGet();
						sent.incrementAndGet();
					}
					return null;
				}));
			}
			while (running.stream().anyMatch((future) -> !future.isDone())) {
				for (String page : READER_PAGES) {
					assertThat(this.http.get(page).statusCode()).isEqualTo(200);
					readerRequests++;
				}
				Thread.sleep(200);
			}
			for (Future<?> future : running) {
				future.get();
			}
		}
		finally {
			clients.shutdownNow();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		long heapAfter = heapAfterFullGc();

		System.out.printf("Junk: %d requests in %.1f s (%.0f/s), statuses %s; pages rendered %.0f; cache entries "
				+ "%d -> %d; heap after a full GC %.1f -> %.1f MB (%+.1f MB); reader pages %d requests, all hits: %s%n",
				sent.get(), seconds, sent.get() / seconds, new TreeMap<>(statuses), pageRenders() - rendersBefore,
				entriesBefore, this.pageCache.size(), heapBefore / 1e6, heapAfter / 1e6,
				(heapAfter - heapBefore) / 1e6, readerRequests, cacheHits() - hitsBefore == readerRequests);
		assertThat(sent.get()).isEqualTo(JUNK_REQUESTS);
		assertThat(statuses.keySet()).as("301 to the canonical address, or 404").containsOnly(301, 404);
		// Bounded: not one page is rendered for the junk (each answer is a redirect or the 404 page, rendered once).
		assertThat(pageRenders() - rendersBefore).isZero();
		assertThat(this.pageCache.size()).isLessThanOrEqualTo(entriesBefore);
		assertThat(heapAfter - heapBefore).isLessThan(MAX_HEAP_GROWTH);
		assertThat(cacheHits() - hitsBefore).as("every reader page a cache hit").isEqualTo(readerRequests);
	}

	/**
	 * The budget is real memory: pages a client can make the archive keep (any cursor is
	 * a page of its own) are charged at least what they hold on the heap.
	 */
	@Test
	void chargesEveryKeptPageTheMemoryItHolds() throws Exception {
		int pages = 1_000;
		// Renders of the same kind first, so that what the heap gains is the pages, not the warm-up.
		for (int i = 0; i < pages; i++) {
			assertThat(this.http.get("/tags/north-korea?before=2017-12-14." + (2_000_000 + i)).statusCode())
				.isEqualTo(200);
		}
		this.pageCache.clear();
		long chargedBefore = this.pageCache.weight();
		for (int i = 0; i < pages; i++) {
			assertThat(this.http.get("/tags/north-korea?before=2017-12-14." + (1_000_000 + i)).statusCode())
				.isEqualTo(200);
		}
		long charged = this.pageCache.weight() - chargedBefore;
		long kept = this.pageCache.size();
		// What the pages hold is what the heap loses when they go: whatever else the
		// renders left on the heap (the database's page cache, say) is in both readings.
		long withPages = heapAfterFullGc();
		this.pageCache.clear();
		long held = withPages - heapAfterFullGc();

		System.out.printf("%d cursor pages kept: %.0f bytes each on the heap, charged %.0f%n", kept,
				(double) held / pages, (double) charged / pages);
		assertThat(kept).isEqualTo(pages);
		assertThat(charged).isGreaterThanOrEqualTo(held);
	}

	/** An address variant or a missing page, each one new: the kinds that once each made an entry. */
	private static String junk(Random random, int i) {
		return switch (random.nextInt(14)) {
			case 0 -> "/?junk=" + i;
			case 1 -> "/tags;x=" + i;
			case 2 -> "/%74ags?j=" + i;
			case 3 -> "/robots.txt?j=" + i + "&p=" + "a".repeat(7_900);
			case 4 -> "/tags/north-korea?utm_source=" + i;
			case 5 -> "/people/rex-tillerson?after=2017-12-14.1&x=" + i;
			case 6 -> "/search?q=tillerson&junk=" + i;
			case 7 -> "/tags/north-korea/?" + i;
			case 8 -> "/Tags/North-Korea?" + i + "=1";
			case 9 -> "/feed.xml?" + i;
			case 10 -> "/no-such-page-" + i;
			case 11 -> "/tags/no-such-tag-" + i;
			case 12 -> "/2017/12/13/no-such-article-" + i;
			default -> PERMALINK + ";v=" + i;
		};
	}

	/** Pages rendered: requests timed (the cache's misses) that answered 200. */
	private double pageRenders() {
		return this.metrics.find("http.server.requests").tag("status", "200").timers().stream()
			.mapToLong(Timer::count).sum();
	}

	private double cacheHits() {
		return this.metrics.get("cache.gets").tag("cache", "pages").tag("result", "hit").functionCounter().count();
	}

	private static long heapAfterFullGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
