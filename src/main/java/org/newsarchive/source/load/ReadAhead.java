package org.newsarchive.source.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads sources on as many threads as the machine has processors, a bounded window
 * ahead of the one thread that takes the articles, in the order of the sources: the
 * writer gets them as if it read them itself, failures included.
 */
final class ReadAhead implements AutoCloseable {

	/** How many sources are read ahead of the writer, at most. */
	static final int WINDOW = 256;

	private final Iterator<SourceFile> sources;

	private final ArticleReader reader;

	private final Deque<SourceFile> pendingSources = new ArrayDeque<>();

	private final Deque<Future<ArticleImport>> pending = new ArrayDeque<>();

	private final ExecutorService readers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
			(task) -> {
				Thread thread = new Thread(task, "source-reader");
				thread.setDaemon(true);
				return thread;
			});

	/** @param sources the sources, taken as the window moves on: a listing walked as it goes */
	ReadAhead(Iterator<SourceFile> sources, ArticleReader reader) {
		this.sources = sources;
		this.reader = reader;
	}

	boolean hasNext() {
		return this.sources.hasNext() || !this.pending.isEmpty();
	}

	/**
	 * The next source and its article, once read.
	 * @throws RuntimeException what stopped its reading, as the reader threw it
	 */
	Read next() {
		while (this.pending.size() < WINDOW && this.sources.hasNext()) {
			SourceFile next = this.sources.next();
			this.pendingSources.add(next);
			this.pending.add(this.readers.submit(() -> this.reader.read(next)));
		}
		SourceFile source = this.pendingSources.poll();
		return new Read(source, await(this.pending.poll()));
	}

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

	/** Stops the readers, and whatever they were still reading. */
	@Override
	public void close() {
		this.readers.shutdownNow();
	}

	record Read(SourceFile source, ArticleImport article) {
	}

}
