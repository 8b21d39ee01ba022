package org.newsarchive.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.newsarchive.ArchiveProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A Lucene index of every article: headline, key points, body and photos (caption,
 * label, credit). The archive only changes at an import, so the index is kept on disk
 * ({@link IndexFolder}), its commit tagged with the {@link ArchiveGeneration} it was
 * built from: a start on a database of that generation opens it as it is. A start after
 * an import updates the kept index with what the import changed ({@link IndexDiff}),
 * unless most articles did, the schema changed, or the update fails: then, as when the
 * index is missing, damaged or of another format, it builds a new one from the whole
 * database. Either happens off the start-up path; until the index is current
 * {@link SearchIndexHealth} holds readiness down, and searches wait briefly for it.
 */
@Component
public class SearchIndex implements DisposableBean {

	static final String ID = "id";

	static final String HEADLINE = "headline";

	static final String KEY_POINTS = "keyPoints";

	/** Every word of the article as written (folded, not stemmed), for suggestions: no frequencies, no positions. */
	static final String WORDS = "words";

	/** The names and aliases of the people in the article, as {@link #WORDS} keeps words: suggested first. */
	static final String NAMES = "names";

	/**
	 * Every block of the article in order (paragraphs, key points, photos' captions, labels
	 * and credits), each a passage, with its words' offsets: searched, and where a hit is
	 * placed from ({@link MatchingBlocks}). Not stored: the text stays in the database.
	 */
	static final String BLOCKS = "blocks";

	/** The day of publication, as a point: days since 1970-01-01. */
	static final String DAY = "day";

	/** The article's sort key, as a doc value: by day, then by id. */
	static final String SORT_KEY = "sortKey";

	/**
	 * Each document's {@link ArticleVersion}, indexed and stored: a hit whose version is
	 * not the database's is placed from the database's text alone.
	 */
	static final String VERSION = "version";

	/**
	 * The format of the documents: an index kept in another one is rebuilt. Change it
	 * when the fields of {@link IndexedArticle} or the analyzer change.
	 */
	static final String FORMAT = "6";

	private static final String GENERATION_KEY = "generation";

	private static final String SCHEMA_KEY = "schema";

	static final String FORMAT_KEY = "format";

	private static final Logger logger = LoggerFactory.getLogger(SearchIndex.class);

	private static final int PROGRESS_EVERY = 20_000;

	/** Articles a build reads at a time: their tags and people are held meanwhile. */
	private static final int BUILD_BATCH = 1000;

	private static final int WARM_UP_SEARCHES = 50;

	private static final long WARM_UP_MILLIS = 1000;

	private final Analyzer analyzer = new ArchiveAnalyzer();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	private final CountDownLatch built = new CountDownLatch(1);

	private final IndexFolder folder;

	private Directory directory;

	private volatile SearcherManager searchers;

	/** The facets' ordinals over the served index, read once: a count per search is then only its hits. */
	private volatile SortedSetDocValuesReaderState facets;

	/** How this start made the index current, for the health details. */
	private volatile String howCurrent;

	private boolean closed;

	SearchIndex(DataSource dataSource, ArchiveProperties properties) throws IOException {
		// Its own template: the build is one long read of every article, not a reader's
		// request, so the query timeout that bounds requests must not apply to it.
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(1000);
		// PostgreSQL streams rows by the fetch size only inside a transaction.
		this.readOnly = new TransactionTemplate(new JdbcTransactionManager(dataSource));
		this.readOnly.setReadOnly(true);
		this.folder = IndexFolder.lock(properties.searchIndex());
	}

	Analyzer analyzer() {
		return this.analyzer;
	}

	@EventListener(ApplicationReadyEvent.class)
	void openInBackground() {
		Thread opener = new Thread(this::open, "search-index");
		opener.setDaemon(true);
		opener.start();
	}

	/** Waits for the index, at most the given time; false if it is not built by then. */
	boolean awaitBuilt(long timeout, TimeUnit unit) throws InterruptedException {
		return this.built.await(timeout, unit);
	}

	/** A searcher over the index; release it with {@link #release}. */
	IndexSearcher acquire() throws IOException {
		return this.searchers.acquire();
	}

	/** The facets of a searcher's index, or null if it holds none (an empty archive). */
	SortedSetDocValuesReaderState facets(IndexSearcher searcher) throws IOException {
		SortedSetDocValuesReaderState state = this.facets;
		return (state != null && state.getReader() == searcher.getIndexReader()) ? state
				: facetState(searcher.getIndexReader());
	}

	private static SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
		try {
			return new DefaultSortedSetDocValuesReaderState(reader, Facet.CONFIG);
		}
		catch (IllegalArgumentException ex) {
			// No document has a facet field.
			return null;
		}
	}

	void release(IndexSearcher searcher) throws IOException {
		this.searchers.release(searcher);
	}

	/** How this start made the index current (opened, updated or built), or null while it has not. */
	String howCurrent() {
		return this.howCurrent;
	}

	/** Opens the index kept for the database's generation, or updates or builds one. */
	private void open() {
		long started = System.nanoTime();
		try {
			ArchiveGeneration generation = generation();
			Map<String, String> commitData = (generation != null) ? Map.of(GENERATION_KEY, generation.key(),
					SCHEMA_KEY, generation.schema(), FORMAT_KEY, FORMAT) : null;
			if (commitData == null
					|| !openKept(generation, commitData, started) && !updateKept(generation, commitData, started)) {
				build(generation, commitData, started);
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.error("Search index could not be built; search stays unavailable", ex);
		}
	}

	private ArchiveGeneration generation() {
		try {
			return ArchiveGeneration.current(this.jdbc);
		}
		catch (DataAccessException ex) {
			logger.warn("Search index: the schema history cannot be read ({}), so the index is rebuilt at every start",
					ex.getMessage());
			return null;
		}
	}

	/** Opens the index an earlier start built from this generation, if the folder keeps one that reads whole. */
	private boolean openKept(ArchiveGeneration generation, Map<String, String> commitData, long started)
			throws IOException {
		FSDirectory kept = this.folder.find(commitData);
		if (kept == null) {
			return false;
		}
		SearcherManager opened = null;
		int articles;
		try {
			opened = new SearcherManager(kept, null);
			articles = checkIntegrity(opened);
			serve(kept, opened, warmUp(opened), "opened");
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Search index: the index in {} cannot be read ({}); rebuilding it", kept.getDirectory(),
					ex.toString());
			IOUtils.closeWhileHandlingException(opened, kept);
			return false;
		}
		this.folder.keepOnly(kept.getDirectory());
		logger.info("Search index: opened, built from generation {}: {} articles in {} ms", generation, articles,
				millisSince(started));
		return true;
	}

	/**
	 * Reads every file of the index against its checksums: a damaged index is rebuilt
	 * rather than served. It reads the index once, far less than a build costs.
	 */
	private static int checkIntegrity(SearcherManager searchers) throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			return checkIntegrity(searcher.getIndexReader());
		}
		finally {
			searchers.release(searcher);
		}
	}

	private static int checkIntegrity(IndexReader reader) throws IOException {
		for (LeafReaderContext leaf : reader.leaves()) {
			leaf.reader().checkIntegrity();
		}
		return reader.numDocs();
	}

	/**
	 * Updates, where it lies, the newest index an earlier start kept under the same format
	 * and schema, with what the imports since changed: the diff is counted first, and if
	 * more than half the indexed articles are new or changed a build is the faster way.
	 * The update commits with the new generation's data in one step, so a failure or a
	 * stop before it leaves the earlier commit, and the next start tries again.
	 * @return whether the index is current and served; if not, the caller builds one
	 */
	private boolean updateKept(ArchiveGeneration generation, Map<String, String> commitData, long started)
			throws IOException {
		FSDirectory kept = this.folder.findNewest((data) -> FORMAT.equals(data.get(FORMAT_KEY))
				&& generation.schema().equals(data.get(SCHEMA_KEY)));
		if (kept == null) {
			return false;
		}
		SearcherManager opened = null;
		IndexDiff.Counts counts = null;
		try {
			try (DirectoryReader reader = DirectoryReader.open(kept)) {
				int indexed = checkIntegrity(reader);
				IndexDiff diff = new IndexDiff(this.jdbc, reader);
				int reindex = diff.walk(IndexDiff.Changes.NONE).reindexed();
				if (reindex <= indexed / 2) {
					counts = update(kept, diff, commitData);
				}
				else {
					logger.info("Search index: {} of {} indexed articles are new or changed; rebuilding rather than "
							+ "updating the index", reindex, indexed);
				}
			}
			if (counts == null) {
				kept.close();
				return false;
			}
			opened = new SearcherManager(kept, null);
			serve(kept, opened, warmUp(opened), "updated");
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Search index: the index in {} cannot be updated ({}); rebuilding it", kept.getDirectory(),
					ex.toString());
			IOUtils.closeWhileHandlingException(opened, kept);
			return false;
		}
		this.folder.keepOnly(kept.getDirectory());
		logger.info("Search index: updated, {} new or changed, {} deleted, in {} ms, to generation {}",
				counts.reindexed(), counts.deleted(), millisSince(started), generation);
		return true;
	}

	/** Writes the diff into the index and commits it; on any failure, nothing of it. */
	private IndexDiff.Counts update(Directory kept, IndexDiff diff, Map<String, String> commitData)
			throws IOException {
		try (IndexWriter writer = new IndexWriter(kept, new IndexWriterConfig(this.analyzer)
			.setOpenMode(IndexWriterConfig.OpenMode.APPEND)
			.setCommitOnClose(false)
			.setRAMBufferSizeMB(16))) {
			try {
				IndexUpdate update = new IndexUpdate(this.jdbc, writer);
				IndexDiff.Counts counts = diff.walk(update);
				update.flush();
				writer.setLiveCommitData(commitData.entrySet());
				writer.commit();
				return counts;
			}
			catch (IOException | RuntimeException ex) {
				writer.rollback();
				throw ex;
			}
		}
	}

	/**
	 * Builds the index into a new folder from every article, commits it with the
	 * generation it was built from, serves it, and deletes the earlier ones. The
	 * generation was read before the articles: an import that commits in between makes
	 * the tag older than the index, never newer, and the next start builds again.
	 */
	private void build(ArchiveGeneration generation, Map<String, String> commitData, long started)
			throws IOException {
		Path fresh = this.folder.fresh();
		FSDirectory built = FSDirectory.open(fresh);
		SearcherManager opened = null;
		int articles;
		try {
			try (IndexWriter writer = new IndexWriter(built, new IndexWriterConfig(this.analyzer)
				.setOpenMode(IndexWriterConfig.OpenMode.CREATE)
				.setRAMBufferSizeMB(64))) {
				articles = this.readOnly.execute((status) -> {
					liftStatementTimeout();
					return write(writer);
				});
				if (commitData != null) {
					writer.setLiveCommitData(commitData.entrySet());
				}
				writer.commit();
			}
			opened = new SearcherManager(built, null);
			serve(built, opened, warmUp(opened), "built");
		}
		catch (IOException | RuntimeException ex) {
			IOUtils.closeWhileHandlingException(opened, built);
			throw ex;
		}
		this.folder.keepOnly(fresh);
		logger.info("Search index: {} articles in {} ms, built from generation {} in {}", articles,
				millisSince(started), generation, this.folder);
	}

	/** Serves the index from now on, unless the application stopped meanwhile. */
	private synchronized void serve(Directory directory, SearcherManager searchers,
			SortedSetDocValuesReaderState facets, String how) throws IOException {
		if (this.closed) {
			IOUtils.close(searchers, directory);
			return;
		}
		this.facets = facets;
		this.directory = directory;
		this.searchers = searchers;
		this.howCurrent = how;
		this.built.countDown();
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	/**
	 * Searches of each kind before readiness: the first searches of a cold JVM load and
	 * compile Lucene's scorers, sorts and facet counts, and ran out of the time budget of
	 * a search. Reads the facets' ordinals of the index on the way.
	 * @return the facets of the index, or null if it holds none
	 */
	private static SortedSetDocValuesReaderState warmUp(SearcherManager searchers) throws IOException {
		IndexSearcher shared = searchers.acquire();
		try {
			SortedSetDocValuesReaderState facets = facetState(shared.getIndexReader());
			IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
			searcher.setTimeout(new QueryTimeoutImpl(WARM_UP_MILLIS));
			for (int i = 0; i < WARM_UP_SEARCHES; i++) {
				BooleanQuery.Builder query = new BooleanQuery.Builder();
				for (String field : List.of(HEADLINE, KEY_POINTS, BLOCKS)) {
					query.add(new BoostQuery(new TermQuery(new Term(field, "news")), 2f), BooleanClause.Occur.SHOULD);
					query.add(new PrefixQuery(new Term(field, "new")), BooleanClause.Occur.SHOULD);
					query.add(new PhraseQuery(field, "news", "archive"), BooleanClause.Occur.SHOULD);
				}
				SearchSort sort = SearchSort.values()[i % SearchSort.values().length];
				FacetsCollectorManager.FacetsResult found = (sort.sort() != null)
						? FacetsCollectorManager.search(searcher, query.build(), 10, sort.sort(),
								new FacetsCollectorManager())
						: FacetsCollectorManager.search(searcher, query.build(), 10, new FacetsCollectorManager());
				if (facets != null) {
					new SortedSetDocValuesFacetCounts(facets, found.facetsCollector()).getAllDims(FacetCounting.TOP);
				}
			}
			return facets;
		}
		finally {
			searchers.release(shared);
		}
	}

	/** The PostgreSQL profile bounds each statement of the serving role; this one is long by design. */
	private void liftStatementTimeout() {
		boolean postgres = Boolean.TRUE.equals(this.jdbc.execute((ConnectionCallback<Boolean>) (connection) -> connection
			.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
		if (postgres) {
			this.jdbc.execute("set local statement_timeout = 0");
		}
	}

	/** Reads every article, a batch of ids at a time in id order, writing one document an article. */
	private int write(IndexWriter writer) {
		int[] count = { 0 };
		long after = Long.MIN_VALUE;
		while (true) {
			List<Long> ids = this.jdbc.queryForList(
					"select id from article where id > ? order by id fetch first " + BUILD_BATCH + " rows only",
					Long.class, after);
			if (ids.isEmpty()) {
				return count[0];
			}
			after = ids.get(ids.size() - 1);
			ArticleDocuments.read(this.jdbc, "a.id between ? and ?", new Object[] { ids.get(0), after },
					(document) -> {
						writer.addDocument(document);
						if (++count[0] % PROGRESS_EVERY == 0) {
							logger.info("Search index: {} articles", count[0]);
						}
					});
		}
	}

	/** Lets the index go; the folder keeps it for the next start. */
	@Override
	public synchronized void destroy() throws IOException {
		this.closed = true;
		IOUtils.close(this.searchers, this.directory, this.folder);
	}

}
