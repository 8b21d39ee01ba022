package org.newsarchive.source.generate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Generates a synthetic archive for benchmarks: a people registry and any number of
 * articles in the scraped format, each with its metadata, at
 * {@code yyyy/mm/<slug>-<id>.txt} and {@code .meta}. Load it beside the seed with
 * {@code ARCHIVE_SOURCES=classpath:db/source,file:/path/to/out}.
 * <p>
 * The same seed always writes the same bytes: everything is drawn from one
 * {@link Random}, whose sequence Java specifies. Publication dates are spread over
 * 2000 to 2024 and ids follow them; tags are skewed so that one tag is on about half
 * of the articles.
 * <pre>
 * java -cp target/classes org.newsarchive.source.generate.ArchiveGenerator --out /tmp/archive --count 100000
 * </pre>
 */
public final class ArchiveGenerator {

	static final int PEOPLE = 300;

	static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

	static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);

	private static final int PROGRESS_EVERY = 10_000;

	private final long seed;

	private final PrintStream progress;

	public ArchiveGenerator(long seed) {
		this(seed, System.out);
	}

	public ArchiveGenerator(long seed, PrintStream progress) {
		this.seed = seed;
		this.progress = progress;
	}

	public static void main(String[] args) throws IOException {
		try {
			GeneratorOptions options = GeneratorOptions.parse(args);
			new ArchiveGenerator(options.seed()).write(options.out(), options.count(), options.firstId());
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(GeneratorOptions.USAGE);
			System.exit(2);
		}
	}

	/**
	 * Writes the registry and {@code count} articles with ids from {@code firstId}.
	 * @param out a directory that does not exist or is empty, so that runs never mix
	 * @param count how many articles
	 * @param firstId the first article's id; 1 is the seed article's
	 * @return what was written
	 * @throws IOException if a file cannot be written
	 */
	public GenerationSummary write(Path out, int count, long firstId) throws IOException {
		if (count < 0) {
			throw new IllegalArgumentException("The count must not be negative");
		}
		if (firstId < 2) {
			throw new IllegalArgumentException("The first id must be 2 or more: id 1 is the seed article's");
		}
		requireEmpty(out);
		long started = System.nanoTime();
		Random random = new Random(this.seed);
		PeoplePool people = PeoplePool.generate(random, PEOPLE);
		long bytes = write(out.resolve("people.registry"), people.registryText(this.seed));
		long[] days = publicationDays(random, count);
		ArticleWriter articles = new ArticleWriter(random, this.seed, people);
		Map<String, Integer> tagCounts = new HashMap<>();
		Set<String> slugsOfTheDay = new HashSet<>();
		Path month = null;
		int monthNumber = -1;
		for (int i = 0; i < count; i++) {
			LocalDate published = LocalDate.ofEpochDay(days[i]);
			if (i == 0 || days[i] != days[i - 1]) {
				slugsOfTheDay.clear();
			}
			if (published.getYear() * 12 + published.getMonthValue() != monthNumber) {
				monthNumber = published.getYear() * 12 + published.getMonthValue();
				month = Files.createDirectories(monthDirectory(out, published));
			}
			SyntheticArticle article = articles.next(firstId + i, published, slugsOfTheDay);
			bytes += write(month.resolve(article.baseName() + ".txt"), article.source());
			bytes += write(month.resolve(article.baseName() + ".meta"), article.metadata());
			for (String tag : article.tags()) {
				tagCounts.merge(tag, 1, Integer::sum);
			}
			if ((i + 1) % PROGRESS_EVERY == 0) {
				this.progress.println("Generated " + (i + 1) + " of " + count + " articles, "
						+ perSecond(i + 1, started) + " articles/s");
			}
		}
		GenerationSummary summary = new GenerationSummary(out, count, PEOPLE, firstId, firstId + count - 1, bytes,
				byCount(tagCounts), Duration.ofNanos(System.nanoTime() - started));
		this.progress.println("Generated " + summary);
		return summary;
	}

	/** Days spread evenly over the years, in order, so that ids follow the calendar. */
	private static long[] publicationDays(Random random, int count) {
		long first = FIRST_DAY.toEpochDay();
		int span = (int) (LAST_DAY.toEpochDay() - first + 1);
		long[] days = new long[count];
		for (int i = 0; i < count; i++) {
			days[i] = first + random.nextInt(span);
		}
		Arrays.sort(days);
		return days;
	}

	private static Path monthDirectory(Path out, LocalDate published) {
		int month = published.getMonthValue();
		return out.resolve(Integer.toString(published.getYear())).resolve(((month < 10) ? "0" : "") + month);
	}

	private static int write(Path file, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		// One write a file: every article fits the stream's buffer.
		Files.write(file, bytes, StandardOpenOption.CREATE_NEW);
		return bytes.length;
	}

	private static void requireEmpty(Path out) throws IOException {
		if (Files.isDirectory(out)) {
			try (Stream<Path> entries = Files.list(out)) {
				if (entries.findAny().isPresent()) {
					throw new IllegalArgumentException(out + " is not empty: generate into a new directory");
				}
			}
		}
		Files.createDirectories(out);
	}

	private static Map<String, Integer> byCount(Map<String, Integer> counts) {
		Map<String, Integer> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach((entry) -> sorted.put(entry.getKey(), entry.getValue()));
		return sorted;
	}

	private static long perSecond(int articles, long started) {
		return Math.round(articles / Math.max(1e-9, (System.nanoTime() - started) / 1e9));
	}

}
