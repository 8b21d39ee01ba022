package org.newsarchive.source.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.source.Block;
import org.newsarchive.source.Metadata;
import org.newsarchive.source.MetadataParser;
import org.newsarchive.source.PeopleRegistryParser;
import org.newsarchive.source.Person;
import org.newsarchive.source.PhotoCredit;
import org.newsarchive.source.Slugs;
import org.newsarchive.source.SourceParser;
import org.newsarchive.source.SourceText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.newsarchive.Seed.REGISTRY;

class ArchiveGeneratorTests {

	static final int COUNT = 300;

	static final long FIRST_ID = 1000;

	@TempDir
	Path out;

	@Test
	void writesArticlesThatTheParsersReadWhereTheirDateAndSlugSay() throws IOException {
		GenerationSummary summary = generate(this.out, 42);

		List<Generated> articles = read(this.out);

		assertThat(articles).hasSize(COUNT);
		assertThat(summary.articles()).isEqualTo(COUNT);
		assertThat(summary.lastId()).isEqualTo(FIRST_ID + COUNT - 1);
		for (Generated article : articles) {
			LocalDate published = article.metadata().published();
			Path expected = this.out.resolve(String.format("%d/%02d/%s-%d.txt", published.getYear(),
					published.getMonthValue(), article.slug(), article.metadata().id()));
			assertThat(article.file()).isEqualTo(expected);
			assertThat(Files.readString(article.file())).doesNotContain("\r");
		}
	}

	@Test
	void writesARegistryOfDistinctPeopleBesideTheSeedsWithUniqueSurnamesAsAliases() throws IOException {
		generate(this.out, 42);

		List<Person> people = registry(this.out);
		Set<String> seedSlugs = PeopleRegistryParser.parse("seed", Files.readAllBytes(REGISTRY))
			.stream()
			.map(Person::slug)
			.collect(Collectors.toSet());

		assertThat(people).hasSize(ArchiveGenerator.PEOPLE);
		assertThat(people).extracting(Person::name).doesNotHaveDuplicates();
		assertThat(people).extracting(Person::slug).doesNotHaveDuplicates().doesNotContainAnyElementsOf(seedSlugs);
		assertThat(people).allSatisfy((person) -> assertThat(person.role()).isNotBlank());
		Map<String, Long> surnames = people.stream().collect(Collectors.groupingBy(ArchiveGeneratorTests::surname,
				Collectors.counting()));
		for (Person person : people) {
			List<String> expected = (surnames.get(surname(person)) == 1) ? List.of(surname(person)) : List.of();
			assertThat(person.aliases()).as(person.name()).isEqualTo(expected);
		}
		assertThat(people).filteredOn((person) -> person.aliases().isEmpty()).isNotEmpty();
	}

	@Test
	void givesIdsFromTheFirstIdOnward() throws IOException {
		generate(this.out, 42);

		assertThat(read(this.out)).extracting((article) -> article.metadata().id())
			.containsExactlyInAnyOrderElementsOf(
					Stream.iterate(FIRST_ID, (id) -> id + 1).limit(COUNT).collect(Collectors.toList()));
	}

	@Test
	void givesEveryArticleItsOwnPermalinkAndDateInRange() throws IOException {
		generate(this.out, 42);

		List<Generated> articles = read(this.out);

		assertThat(articles).extracting((article) -> article.metadata().published() + "/" + article.slug())
			.doesNotHaveDuplicates();
		assertThat(articles).extracting((article) -> article.metadata().published())
			.allSatisfy((published) -> assertThat(published).isBetween(ArchiveGenerator.FIRST_DAY,
					ArchiveGenerator.LAST_DAY));
		assertThat(articles).extracting((article) -> article.metadata().originalUrl()).doesNotHaveDuplicates();
		assertThat(articles).extracting((article) -> article.metadata().published().getYear())
			.contains(2000, 2012, 2024);
	}

	@Test
	void keepsPermalinksUniqueOnACrowdedDay() {
		Random random = new Random(1);
		ArticleWriter writer = new ArticleWriter(random, 1, PeoplePool.generate(random, ArchiveGenerator.PEOPLE));
		LocalDate day = LocalDate.of(2012, 2, 29);
		Set<String> slugsOfTheDay = new HashSet<>();
		Set<String> slugs = new HashSet<>();

		for (int i = 0; i < 5000; i++) {
			SyntheticArticle article = writer.next(FIRST_ID + i, day, slugsOfTheDay);
			SourceText text = SourceParser.parse("crowded.txt", article.source().getBytes(StandardCharsets.UTF_8));
			Metadata metadata = MetadataParser.parse("crowded.meta",
					article.metadata().getBytes(StandardCharsets.UTF_8));
			String slug = metadata.slug().orElseGet(() -> Slugs.of(text.headline()));
			assertThat(slugs.add(slug)).as(slug).isTrue();
			assertThat(article.baseName()).isEqualTo(slug + "-" + metadata.id());
		}
	}

	@Test
	void givesTheSlugWithTheIdWhenEveryHeadlineOfTheDayIsTaken() {
		Random random = new Random(1);
		ArticleWriter writer = new ArticleWriter(random, 1, PeoplePool.generate(random, ArchiveGenerator.PEOPLE));
		Set<String> takenButWithIds = new HashSet<>() {

			@Override
			public boolean add(String slug) {
				return slug.endsWith("-" + FIRST_ID) && super.add(slug);
			}

		};

		SyntheticArticle article = writer.next(FIRST_ID, LocalDate.of(2012, 2, 29), takenButWithIds);

		SourceText text = SourceParser.parse("taken.txt", article.source().getBytes(StandardCharsets.UTF_8));
		Metadata metadata = MetadataParser.parse("taken.meta", article.metadata().getBytes(StandardCharsets.UTF_8));
		assertThat(metadata.slug()).contains(Slugs.of(text.headline()) + "-" + FIRST_ID);
		assertThat(takenButWithIds).containsExactly(metadata.slug().get());
		assertThat(article.baseName()).isEqualTo(metadata.slug().get() + "-" + FIRST_ID);
	}

	@Test
	void writesTheSameBytesForTheSameSeed() throws IOException {
		generate(this.out.resolve("first"), 7);
		generate(this.out.resolve("second"), 7);
		generate(this.out.resolve("other"), 8);

		Map<String, byte[]> first = contents(this.out.resolve("first"));
		Map<String, byte[]> second = contents(this.out.resolve("second"));

		assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
		first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
		assertThat(contents(this.out.resolve("other")).keySet()).isNotEqualTo(first.keySet());
	}

	@Test
	void skewsTagsSoThatATagIsOnManyArticles() throws IOException {
		GenerationSummary summary = generate(this.out, 42);

		List<Generated> articles = read(this.out);
		Map<String, Long> counts = articles.stream()
			.flatMap((article) -> article.metadata().tags().stream())
			.collect(Collectors.groupingBy((tag) -> tag, Collectors.counting()));
		String largest = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();

		assertThat(articles).allSatisfy((article) -> assertThat(article.metadata().tags()).hasSizeBetween(2, 5));
		assertThat(counts.get(largest)).isGreaterThan(COUNT / 10);
		assertThat(counts).hasSizeGreaterThan(40);
		assertThat(summary.largestTag()).isEqualTo(largest);
		assertThat(summary.tagCounts().get(largest)).isEqualTo(counts.get(largest).intValue());
	}

	@Test
	void givesEveryArticleKeyPointsParagraphsAndCreditedPhotosOfItsPeople() throws IOException {
		generate(this.out, 42);

		List<Generated> articles = read(this.out);
		Set<String> names = registry(this.out).stream()
			.map((person) -> person.name().toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());

		for (Generated article : articles) {
			SourceText text = article.text();
			assertThat(text.blocks().get(0)).isInstanceOf(Block.Photo.class);
			assertThat(text.keyPoints()).hasSizeBetween(2, 4);
			assertThat(text.blocksOf(Block.Paragraph.class)).hasSizeBetween(6, 14)
				.allSatisfy((paragraph) -> assertThat(paragraph.text()).matches(".*[.\"]"));
			assertThat(text.blocksOf(Block.Subheading.class)).hasSizeLessThanOrEqualTo(2);
			assertThat(text.blocksOf(Block.Photo.class)).hasSizeBetween(1, 2).allSatisfy((photo) -> {
				assertThat(PhotoCredit.isCredit(photo.credit())).as(photo.credit()).isTrue();
				assertThat(names).as(photo.label()).anyMatch(photo.label().toLowerCase(Locale.ROOT)::startsWith);
			});
		}
		assertThat(articles).anyMatch((article) -> article.text().blocksOf(Block.Photo.class).size() == 2);
		assertThat(articles).anyMatch((article) -> article.text().blocksOf(Block.Subheading.class).size() == 2);
		assertThat(articles).flatExtracting((article) -> article.text().blocksOf(Block.Photo.class))
			.extracting(Block.Photo::credit)
			.anyMatch((credit) -> credit.startsWith("REUTERS/"))
			.anyMatch((credit) -> credit.endsWith("/AP"))
			.anyMatch((credit) -> credit.endsWith("-Pool/Getty Images"))
			.anyMatch((credit) -> credit.equals("Getty Images"))
			.anyMatch((credit) -> credit.startsWith("AP Photo/"))
			.anyMatch((credit) -> credit.endsWith("/Reuters"))
			.anyMatch((credit) -> credit.endsWith("/Handout via REUTERS"));
	}

	@Test
	void namesPeopleInFullBeforeCallingThemBySurname() throws IOException {
		generate(this.out, 42);

		List<Person> people = registry(this.out);

		for (Generated article : read(this.out)) {
			String body = article.text()
				.blocksOf(Block.Paragraph.class)
				.stream()
				.map(Block.Paragraph::text)
				.collect(Collectors.joining("\n"));
			for (Person person : people) {
				for (String alias : person.aliases()) {
					int firstAlias = body.indexOf(alias);
					if (firstAlias >= 0) {
						assertThat(firstAlias).as("%s in %s", alias, article.file())
							.isEqualTo(body.indexOf(person.name()) + person.name().length() - alias.length());
					}
				}
			}
		}
	}

	@Test
	void refusesADirectoryInUseAndTheSeedArticlesId() throws IOException {
		Files.writeString(this.out.resolve("other.txt"), "Another run");
		ArchiveGenerator generator = new ArchiveGenerator(42, quiet());

		assertThatIllegalArgumentException().isThrownBy(() -> generator.write(this.out, 10, FIRST_ID))
			.withMessageContaining("not empty");
		assertThatIllegalArgumentException().isThrownBy(() -> generator.write(this.out.resolve("new"), 10, 1))
			.withMessageContaining("id 1");
	}

	@Test
	void readsTheCommandLine() {
		assertThat(GeneratorOptions.parse("--out", "/tmp/archive"))
			.isEqualTo(new GeneratorOptions(Path.of("/tmp/archive"), 1000, 1000, 42));
		assertThat(GeneratorOptions.parse("--count", "5", "--out", "x", "--seed", "-3", "--first-id", "20"))
			.isEqualTo(new GeneratorOptions(Path.of("x"), 5, 20, -3));
		assertThatIllegalArgumentException().isThrownBy(() -> GeneratorOptions.parse("--count", "5"))
			.withMessage("--out is required");
		assertThatIllegalArgumentException().isThrownBy(() -> GeneratorOptions.parse("--out", "x", "--count", "many"))
			.withMessageContaining("--count");
		assertThatIllegalArgumentException().isThrownBy(() -> GeneratorOptions.parse("--out", "x", "--pages", "2"))
			.withMessageContaining("--pages");
	}

	@Test
	void reportsProgressAndTheRate() throws IOException {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		new ArchiveGenerator(42, new PrintStream(printed, true, StandardCharsets.UTF_8)).write(this.out, 10, FIRST_ID);

		assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("Generated 10 articles (ids 1000..1009)")
			.contains("articles/s");
	}

	private static GenerationSummary generate(Path out, long seed) throws IOException {
		return new ArchiveGenerator(seed, quiet()).write(out, COUNT, FIRST_ID);
	}

	private static PrintStream quiet() {
		return new PrintStream(PrintStream.nullOutputStream());
	}

	private static List<Generated> read(Path out) throws IOException {
		List<Generated> articles = new ArrayList<>();
		try (Stream<Path> files = Files.walk(out)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".txt")).sorted().toList()) {
				Path metadataFile = file.resolveSibling(file.getFileName().toString().replace(".txt", ".meta"));
				SourceText text = SourceParser.parse(file.toString(), Files.readAllBytes(file));
				Metadata metadata = MetadataParser.parse(metadataFile.toString(), Files.readAllBytes(metadataFile));
				articles.add(new Generated(file, text, metadata));
			}
		}
		return articles;
	}

	private static List<Person> registry(Path out) throws IOException {
		return PeopleRegistryParser.parse("people.registry", Files.readAllBytes(out.resolve("people.registry")));
	}

	private static Map<String, byte[]> contents(Path out) throws IOException {
		Map<String, byte[]> contents = new TreeMap<>();
		try (Stream<Path> files = Files.walk(out)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				contents.put(out.relativize(file).toString(), Files.readAllBytes(file));
			}
		}
		return contents;
	}

	private static String surname(Person person) {
		return person.name().substring(person.name().lastIndexOf(' ') + 1);
	}

	/** A generated article as the import reads it. */
	record Generated(Path file, SourceText text, Metadata metadata) {

		String slug() {
			return this.metadata.slug().orElseGet(() -> Slugs.of(this.text.headline()));
		}

	}

}
