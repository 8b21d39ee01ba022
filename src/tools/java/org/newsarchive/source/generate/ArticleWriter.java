package org.newsarchive.source.generate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.newsarchive.source.Slugs;

/**
 * Makes one article after another: headline, scraped text and metadata. The headline
 * is drawn again while its slug is taken on the publication day, because the import
 * refuses two articles with one permalink.
 */
final class ArticleWriter {

	private static final Template[] HEADLINES = Template.all(Vocabulary.HEADLINES);

	private static final int HEADLINE_ATTEMPTS = 10;

	private static final int MIN_TAGS = 2;

	private static final int MAX_TAGS = 5;

	private static final String[] PUBLISHER_SLUGS = Arrays.stream(Vocabulary.PUBLISHERS)
		.map(Slugs::of)
		.toArray(String[]::new);

	private final Random random;

	private final long seed;

	private final ArticleContext context;

	private final SourceWriter source;

	private final ZipfPicker tags = new ZipfPicker(Vocabulary.TAGS.length, 1.0);

	private final StringBuilder line = new StringBuilder(128);

	ArticleWriter(Random random, long seed, PeoplePool people) {
		this.random = random;
		this.seed = seed;
		this.context = new ArticleContext(random, people);
		this.source = new SourceWriter(random, this.context);
	}

	/**
	 * The next article.
	 * @param slugsOfTheDay the slugs already published on that day, to which the
	 * article's is added
	 */
	SyntheticArticle next(long id, LocalDate published, Set<String> slugsOfTheDay) {
		this.context.begin();
		String headline = null;
		String slug = null;
		for (int attempt = 0; attempt < HEADLINE_ATTEMPTS && slug == null; attempt++) {
			if (attempt > 0) {
				this.context.rethink();
			}
			this.line.setLength(0);
			this.context.summary(HEADLINES[this.random.nextInt(HEADLINES.length)], this.line);
			headline = this.line.toString();
			String candidate = Slugs.of(headline);
			slug = slugsOfTheDay.add(candidate) ? candidate : null;
		}
		boolean explicitSlug = (slug == null);
		if (explicitSlug) {
			// Out of headlines for the day: the id tells the article apart.
			slug = Slugs.of(headline) + "-" + id;
			while (!slugsOfTheDay.add(slug)) {
				slug = slug + "-" + id;
			}
		}
		String text = this.source.write(headline, published);
		List<String> tags = tags();
		String metadata = metadata(id, published, slug, explicitSlug, tags);
		return new SyntheticArticle(id, published, slug + "-" + id, text, metadata, tags);
	}

	private String metadata(long id, LocalDate published, String slug, boolean explicitSlug, List<String> tags) {
		int publisher = this.random.nextInt(Vocabulary.PUBLISHERS.length);
		StringBuilder metadata = new StringBuilder(400);
		metadata.append("# Synthetic benchmark article (ArchiveGenerator, seed ")
			.append(this.seed)
			.append("): invented people and events.\n")
			.append("id: ")
			.append(id)
			.append("\npublished: ")
			.append(published)
			// Taken by the archive the day after it was published: a date the generator need not draw.
			.append("\narchived: ")
			.append(published.plusDays(1))
			.append("\npublisher: ")
			.append(Vocabulary.PUBLISHERS[publisher])
			.append("\noriginal-url: https://example.com/")
			.append(PUBLISHER_SLUGS[publisher])
			.append('/')
			.append(published.toString().replace('-', '/'))
			.append('/')
			.append(slug)
			.append('-')
			.append(id)
			.append("\nsection: ")
			.append(Vocabulary.SECTIONS[this.random.nextInt(Vocabulary.SECTIONS.length)])
			.append("\ntags: ")
			.append(String.join(", ", tags))
			.append('\n');
		if (explicitSlug) {
			metadata.append("slug: ").append(slug).append('\n');
		}
		return metadata.toString();
	}

	/** 2 to 5 distinct tags, drawn by rank so that a few tags are on most articles. */
	private List<String> tags() {
		String[] picked = new String[MIN_TAGS + this.random.nextInt(MAX_TAGS - MIN_TAGS + 1)];
		int count = 0;
		while (count < picked.length) {
			String tag = Vocabulary.TAGS[this.tags.pick(this.random)];
			if (!Arrays.asList(picked).contains(tag)) {
				picked[count++] = tag;
			}
		}
		return List.of(picked);
	}

}
