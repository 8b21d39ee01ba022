package org.newsarchive.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveClient;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight clients sending the costliest searches they can write get no server error, and
 * a reader of cached pages gets every page meanwhile: search runs a bounded number at a
 * time, each bounded in cost, and answers the rest 503 with {@code Retry-After}. How much
 * the searches slow the cached pages is measured by {@code bench/hostile-search.sh}, not
 * here: a timed assertion on a shared machine fails with its load, not with the code.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SearchUnderLoadTests {

	static final int CLIENTS = 8;

	static final Duration LOAD = Duration.ofSeconds(20);

	static final int SAMPLES = 200;

	/** The hostile clients' HTTP client, and the reader's: apart, as two machines would be. */
	final ArchiveClient clients;

	final ArchiveClient reader;

	SearchUnderLoadTests(@LocalServerPort int port) {
		this.clients = ArchiveClient.on(port).apart();
		this.reader = ArchiveClient.on(port).apart();
	}

	@Test
	void answersHostileSearchesWithoutServerErrorsWhileCachedPagesKeepAnswering() throws Exception {
		this.reader.awaitSearch();

		long deadline = System.nanoTime() + LOAD.toNanos();
		Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
		List<Thread> threads = new ArrayList<>();
		AtomicLong sequence = new AtomicLong();
		for (int c = 0; c < CLIENTS; c++) {
			Thread client = new Thread(() -> {
				while (System.nanoTime() < deadline) {
					long n = sequence.incrementAndGet();
					String path = ((n % 2 == 0) ? "/search?q=" : "/api/search?q=")
							+ URLEncoder.encode(hostile(n), StandardCharsets.UTF_8);
					answers.computeIfAbsent(answer(path), (key) -> new AtomicLong()).incrementAndGet();
				}
			}, "hostile-" + c);
			client.start();
			threads.add(client);
		}
		Thread.sleep(1000);
		readCachedPages(SAMPLES, LOAD.minusSeconds(3).dividedBy(SAMPLES));
		for (Thread client : threads) {
			client.join();
		}

		long total = answers.values().stream().mapToLong(AtomicLong::get).sum();
		System.out.printf("SEARCH LOAD: %d hostile requests in %d s, by answer %s%n", total, LOAD.toSeconds(),
				new TreeMap<>(answers));
		assertThat(total).isPositive();
		assertThat(answers.keySet()).allMatch((answer) -> !answer.startsWith("5") || answer.equals("503 busy"));
	}

	/** A costly query, each one different so that no cache can answer it. */
	static String hostile(long n) {
		String word = "x" + n;
		return switch ((int) (n % 6)) {
			case 0 -> IntStream.range(100, 160).mapToObj((i) -> "w" + i + "~2").collect(Collectors.joining(" ")) + " "
					+ word;
			case 1 -> "* " + word;
			case 2 -> "a* " + word;
			case 3 -> "\"" + ("period of quiet " + word + " ").repeat(30).substring(0, 480).strip() + "\"";
			case 4 -> IntStream.range(1, 10).mapToObj((i) -> "w" + i + "~2").collect(Collectors.joining(" ")) + " "
					+ word;
			default -> "den* tru* " + word;
		};
	}

	/** The status, and for a 503 whether it is the answer of a busy search. */
	private String answer(String path) {
		ArchiveClient.Response response = this.clients.get(path);
		String status = String.valueOf(response.statusCode());
		if (response.statusCode() == 503) {
			return response.headers().firstValue("Retry-After").filter("1"::equals).isPresent() ? "503 busy"
					: "503 other";
		}
		return status;
	}

	private void readCachedPages(int samples, Duration pause) throws InterruptedException {
		for (int i = 0; i < samples; i++) {
			assertThat(this.reader.get("/tags").statusCode()).isEqualTo(200);
			Thread.sleep(pause.toMillis());
		}
	}

}
