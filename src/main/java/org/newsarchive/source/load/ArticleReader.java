package org.newsarchive.source.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsarchive.schema.OriginalUrlKey;
import org.newsarchive.schema.Sha256;
import org.newsarchive.source.Block;
import org.newsarchive.source.MentionFinder;
import org.newsarchive.source.Metadata;
import org.newsarchive.source.MetadataParser;
import org.newsarchive.source.QuoteExtractor;
import org.newsarchive.source.Slugs;
import org.newsarchive.source.SourceFormatException;
import org.newsarchive.source.SourceParser;
import org.newsarchive.source.SourceText;

/**
 * Reads one source, with its metadata and photos, into the article the import writes,
 * with no database: what it reads depends on the files and the people registry alone,
 * which is also what the article's import hash covers. Safe to use from many threads.
 * Whatever stops it names the file and the line (see {@link SourceSteps}).
 */
final class ArticleReader {

	/** Bump when the import's reading of a source changes, so every article is re-imported. */
	static final String FORMAT_VERSION = "archive-format-5";

	private final PeopleRegistry registry;

	ArticleReader(PeopleRegistry registry) {
		this.registry = registry;
	}

	ArticleImport read(SourceFile source) {
		return SourceSteps.reading(source.name(), 1, () -> readArticle(source));
	}

	private ArticleImport readArticle(SourceFile source) {
		byte[] text = SourceSteps.reading(source.name(), 1, source::readText);
		byte[] metadataBytes = SourceSteps.reading(source.metadataName(), 1, source::readMetadata);
		Metadata metadata = SourceSteps.reading(source.metadataName(), 1,
				() -> MetadataParser.parse(source.metadataName(), metadataBytes));
		SourceText parsed = SourceSteps.reading(source.name(), 1, () -> SourceParser.parse(source.name(), text));
		List<byte[]> hashed = new ArrayList<>(List.of(FORMAT_VERSION.getBytes(StandardCharsets.UTF_8),
				this.registry.sha256().getBytes(StandardCharsets.UTF_8), text, metadataBytes));
		Map<Integer, List<ImageRow>> images = images(source, metadata, parsed, hashed);
		String slug = metadata.slug()
			.orElseGet(() -> SourceSteps.reading(source.name(), 1, () -> Slugs.of(parsed.headline())));
		MentionFinder finder = this.registry.finder();
		Map<Integer, List<MentionFinder.Mention>> mentions = new LinkedHashMap<>();
		Map<Integer, Set<String>> photoPeople = new LinkedHashMap<>();
		QuoteExtractor quotes = QuoteExtractor.reading(finder::person);
		for (Block block : parsed.blocks()) {
			SourceSteps.reading(source.name(), block.line(), () -> {
				List<MentionFinder.Mention> found = finder.inText(block.text());
				if (!found.isEmpty()) {
					mentions.put(block.number(), found);
				}
				if (block instanceof Block.Photo photo && !finder.inLabel(photo.label()).isEmpty()) {
					photoPeople.put(block.number(), finder.inLabel(photo.label()));
				}
				quotes.read(block);
				return block;
			});
		}
		return new ArticleImport(source.name(), text, Sha256.hex(text), Sha256.hex(hashed.toArray(byte[][]::new)),
				originalKey(source, metadata), metadata, parsed, slug, images, mentions, photoPeople, quotes.quotes());
	}

	/** The original URL as captures of it are compared: one that has no such form stops the import at its line. */
	private static String originalKey(SourceFile source, Metadata metadata) {
		try {
			return OriginalUrlKey.of(metadata.originalUrl().toString());
		}
		catch (IllegalArgumentException ex) {
			throw new SourceFormatException(source.metadataName(), metadata.lineOf("original-url"),
					"'original-url' " + metadata.originalUrl() + ": " + ex.getMessage());
		}
	}

	/**
	 * Each photo's images, by block number: the real file and its renditions, or a
	 * placeholder. The bytes of each real file join those the import hash covers.
	 */
	private static Map<Integer, List<ImageRow>> images(SourceFile source, Metadata metadata, SourceText parsed,
			List<byte[]> hashed) {
		List<Block.Photo> photos = parsed.blocksOf(Block.Photo.class);
		metadata.photoFiles().keySet().stream().filter((n) -> n > photos.size()).findFirst().ifPresent((n) -> {
			throw new SourceFormatException(source.metadataName(), metadata.lineOf("photo." + n),
					"the article has " + photos.size() + " photos, so there is no photo " + n);
		});
		Map<Integer, List<ImageRow>> images = new LinkedHashMap<>();
		for (int i = 0; i < photos.size(); i++) {
			Block.Photo photo = photos.get(i);
			String file = metadata.photoFiles().get(i + 1);
			if (file == null) {
				images.put(photo.number(), List.of(PlaceholderPhoto.of(photo)));
			}
			else {
				int line = metadata.lineOf("photo." + (i + 1));
				byte[] bytes = SourceSteps.reading(source.metadataName(), line, () -> source.readSibling(file, line));
				images.put(photo.number(), SourceSteps.reading(source.siblingName(file), 1,
						() -> ArchivedPhoto.of(source.siblingName(file), bytes)));
				hashed.add(bytes);
			}
		}
		return images;
	}

}
