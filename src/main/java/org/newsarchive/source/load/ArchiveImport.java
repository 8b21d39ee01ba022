package org.newsarchive.source.load;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.newsarchive.schema.Sha256;
import org.newsarchive.source.Block;
import org.newsarchive.source.MentionFinder;
import org.newsarchive.source.Metadata;
import org.newsarchive.source.MetadataParser;
import org.newsarchive.source.PeopleRegistryParser;
import org.newsarchive.source.Person;
import org.newsarchive.source.QuoteExtractor;
import org.newsarchive.source.Slugs;
import org.newsarchive.source.SourceFormatException;
import org.newsarchive.source.SourceParser;
import org.newsarchive.source.SourceText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports every source of the library into the database, over one connection and so
 * inside the caller's transaction: a failure anywhere leaves the database as it was.
 * <p>
 * Articles are keyed by their editorial id, so a re-import updates them in place and
 * their permalinks and short links never change. An article whose source, metadata,
 * photos and the people registry are unchanged is skipped; one whose source has gone
 * stays archived.
 * <p>
 * Sources are read and parsed on as many threads as the machine has processors, a
 * bounded window ahead of the one thread that writes them in order; the rows of many
 * articles are written in one JDBC batch per table.
 */
public class ArchiveImport {

	/** Bump when the import's reading of a source changes, so every article is re-imported. */
	public static final String FORMAT_VERSION = "archive-format-4";

	private static final Logger logger = LoggerFactory.getLogger(ArchiveImport.class);

	private static final int PROGRESS_EVERY = 5_000;

	/** How many sources are read ahead of the writer, at most. */
	private static final int READ_AHEAD = 256;

	private final SourceLibrary library;

	private final Supplier<DataSource> dataSource;

	private SourceManifest manifest = SourceManifest.EMPTY;

	/**
	 * @param dataSource the database the import writes to, where the manifest of the
	 * sources is kept (null: none, every source is read for the checksum)
	 */
	public ArchiveImport(SourceLibrary library, Supplier<DataSource> dataSource) {
		this.library = library;
		this.dataSource = dataSource;
	}

	/** The checksum of the sources, reading only those the recorded manifest does not vouch for. */
	public int checksum() {
		this.manifest = SourceManifest.read(this.dataSource.get());
		return this.library.checksum(FORMAT_VERSION, this.manifest);
	}

	/**
	 * Records what this start's checksum saw of the source files, once the migration
	 * succeeded, so that the next start need not read them again.
	 */
	public void recordManifest() throws SQLException {
		DataSource target = this.dataSource.get();
		try {
			if (target != null) {
				this.manifest.record(target, this.library.files(), this.library.hashedFromContent());
			}
		}
		finally {
			this.manifest = SourceManifest.EMPTY;
			this.library.forget();
		}
	}

	public void run(Connection connection) throws SQLException {
		Registry registry = readRegistry();
		try (Statements statements = new Statements(connection)) {
			run(registry, statements, new BatchWriter(statements));
		}
	}

	private void run(Registry registry, Statements statements, BatchWriter batches) throws SQLException {
		new PeopleSync(statements).sync(registry.people());
		ArticleWriter writer = new ArticleWriter(statements, batches);
		Map<Long, ImportedArticle> imported = writer.load();
		Map<Long, String> idOwners = new HashMap<>();
		Map<String, String> permalinkOwners = new HashMap<>();
		long started = System.nanoTime();
		int seen = 0;
		int written = 0;
		int threads = Runtime.getRuntime().availableProcessors();
		ExecutorService readers = Executors.newFixedThreadPool(threads, (task) -> {
			Thread thread = new Thread(task, "source-reader");
			thread.setDaemon(true);
			return thread;
		});
		try {
			Iterator<SourceFile> sources = this.library.sources().iterator();
			Deque<Future<ArticleImport>> pending = new ArrayDeque<>();
			Deque<SourceFile> pendingSources = new ArrayDeque<>();
			while (sources.hasNext() || !pending.isEmpty()) {
				while (pending.size() < READ_AHEAD && sources.hasNext()) {
					SourceFile next = sources.next();
					pendingSources.add(next);
					pending.add(readers.submit(() -> read(next, registry)));
				}
				SourceFile source = pendingSources.poll();
				ArticleImport article = await(pending.poll());
				claim(idOwners, article.metadata().id(), source, article.metadata().lineOf("id"), "id");
				claim(permalinkOwners, article.permalink(), source, article.metadata().lineOf("published"), "permalink");
				ImportedArticle existing = imported.get(article.metadata().id());
				if (existing == null || !article.importSha256().equals(existing.importSha256())) {
					writer.write(article, existing);
					written++;
				}
				if (++seen % PROGRESS_EVERY == 0) {
					logProgress(seen, written, started);
				}
			}
		}
		finally {
			readers.shutdownNow();
		}
		writer.flush();
		logger.info("Import: batches took {}", batches.batchTimes());
		long finishing = System.nanoTime();
		writer.deleteUnusedImages();
		new Recount(statements, batches).run();
		logger.info("Import: unused images and counts took {} ms", (System.nanoTime() - finishing) / 1_000_000);
		logProgress(seen, written, started);
	}

	private Registry readRegistry() {
		PeopleRegistryParser parser = new PeopleRegistryParser();
		List<Person> people = List.of();
		List<byte[]> hashed = new ArrayList<>();
		for (SourceFile file : this.library.registries()) {
			byte[] bytes = reading(file.name(), 1, file::readText);
			people = reading(file.name(), 1, () -> parser.read(file.name(), bytes));
			hashed.add(bytes);
		}
		return new Registry(people, new MentionFinder(people), Sha256.hex(hashed.toArray(byte[][]::new)));
	}

	private static ArticleImport read(SourceFile source, Registry registry) {
		return reading(source.name(), 1, () -> readArticle(source, registry));
	}

	private static ArticleImport readArticle(SourceFile source, Registry registry) {
		byte[] text = reading(source.name(), 1, source::readText);
		byte[] metadataBytes = reading(source.metadataName(), 1, source::readMetadata);
		Metadata metadata = reading(source.metadataName(), 1,
				() -> MetadataParser.parse(source.metadataName(), metadataBytes));
		SourceText parsed = reading(source.name(), 1, () -> SourceParser.parse(source.name(), text));
		List<byte[]> hashed = new ArrayList<>(List.of(FORMAT_VERSION.getBytes(StandardCharsets.UTF_8),
				registry.sha256().getBytes(StandardCharsets.UTF_8), text, metadataBytes));
		Map<Integer, List<ImageRow>> images = images(source, metadata, parsed, hashed);
		String slug = metadata.slug().orElseGet(() -> reading(source.name(), 1, () -> Slugs.of(parsed.headline())));
		Map<Integer, List<MentionFinder.Mention>> mentions = new LinkedHashMap<>();
		Map<Integer, Set<String>> photoPeople = new LinkedHashMap<>();
		QuoteExtractor quotes = QuoteExtractor.reading(registry.finder()::person);
		for (Block block : parsed.blocks()) {
			reading(source.name(), block.line(), () -> {
				List<MentionFinder.Mention> found = registry.finder().inText(block.text());
				if (!found.isEmpty()) {
					mentions.put(block.number(), found);
				}
				if (block instanceof Block.Photo photo && !registry.finder().inLabel(photo.label()).isEmpty()) {
					photoPeople.put(block.number(), registry.finder().inLabel(photo.label()));
				}
				quotes.read(block);
				return block;
			});
		}
		return new ArticleImport(source.name(), text, Sha256.hex(text),
				Sha256.hex(hashed.toArray(byte[][]::new)), metadata, parsed, slug, images, mentions, photoPeople,
				quotes.quotes());
	}

	/**
	 * Runs one step of reading a source. Whatever it throws that is not already a
	 * {@link SourceFormatException} (a bug, a stack overflow on a text no test foresaw, a
	 * file that cannot be read) becomes one naming the file and the line, so that a start
	 * never stops on an error that names neither.
	 */
	static <T> T reading(String file, int line, Supplier<T> step) {
		try {
			return step.get();
		}
		catch (SourceFormatException ex) {
			throw ex;
		}
		catch (RuntimeException | StackOverflowError ex) {
			throw new SourceFormatException(file, line, "cannot read it: " + describe(ex), ex);
		}
	}

	/** A failure and what caused it, by their simple names: "UncheckedIOException: … (IOException: …)". */
	private static String describe(Throwable failure) {
		String described = failure.getClass().getSimpleName()
				+ ((failure.getMessage() != null) ? ": " + failure.getMessage() : "");
		Throwable cause = failure.getCause();
		return (cause != null && cause != failure) ? described + " (" + describe(cause) + ")" : described;
	}

	/** Each photo's images, by block number: the real file and its renditions, or a placeholder. */
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
				byte[] bytes = reading(source.metadataName(), line, () -> source.readSibling(file, line));
				images.put(photo.number(),
						reading(source.siblingName(file), 1, () -> ArchivedPhoto.of(source.siblingName(file), bytes)));
				hashed.add(bytes);
			}
		}
		return images;
	}

	/** The article read, or what stopped its reading, as the reader threw it. */
	private static ArticleImport await(Future<ArticleImport> article) {
		try {
			return article.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the sources", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** Fails when two sources claim the same id or permalink: each must name one article. */
	private static <K> void claim(Map<K, String> owners, K key, SourceFile source, int line, String what) {
		String owner = owners.putIfAbsent(key, source.name());
		if (owner != null) {
			throw new SourceFormatException(source.metadataName(), line,
					"the " + what + " " + key + " already belongs to " + owner);
		}
	}

	private static void logProgress(int seen, int written, long started) {
		double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
		logger.info("Import: {} sources read, {} articles written, {} sources/s", seen, written,
				Math.round(seen / seconds));
	}

	private record Registry(List<Person> people, MentionFinder finder, String sha256) {
	}

}
