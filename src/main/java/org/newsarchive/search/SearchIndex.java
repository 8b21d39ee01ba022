package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
import org.newsarchive.schema.BlockKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A Lucene index of every article: headline, key points, body and photos (caption,
 * label, credit). The archive only changes at an import, so each replica builds its
 * own index from the database when it starts, off the start-up path; until it is built
 * {@link SearchIndexHealth} holds readiness down, and searches wait briefly for it.
 */
@Component
public class SearchIndex implements DisposableBean {

	static final String ID = "id";

	static final String HEADLINE = "headline";

	static final String KEY_POINTS = "keyPoints";

	static final String BODY = "body";

	static final String CAPTIONS = "captions";

	private static final Logger logger = LoggerFactory.getLogger(SearchIndex.class);

	private static final int PROGRESS_EVERY = 20_000;

	private static final int WARM_UP_SEARCHES = 50;

	private static final long WARM_UP_MILLIS = 1000;

	private final Analyzer analyzer = new EnglishAnalyzer();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	private final CountDownLatch built = new CountDownLatch(1);

	private final Path folder;

	private final Directory directory;

	private volatile SearcherManager searchers;

	SearchIndex(DataSource dataSource) throws IOException {
		// Its own template: the build is one long read of every article, not a reader's
		// request, so the query timeout that bounds requests must not apply to it.
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(1000);
		// PostgreSQL streams rows by the fetch size only inside a transaction.
		this.readOnly = new TransactionTemplate(new JdbcTransactionManager(dataSource));
		this.readOnly.setReadOnly(true);
		this.folder = Files.createTempDirectory("news-archive-index");
		this.directory = FSDirectory.open(this.folder);
	}

	Analyzer analyzer() {
		return this.analyzer;
	}

	@EventListener(ApplicationReadyEvent.class)
	void buildInBackground() {
		Thread builder = new Thread(this::build, "search-index");
		builder.setDaemon(true);
		builder.start();
	}

	/** Waits for the index, at most the given time; false if it is not built by then. */
	boolean awaitBuilt(long timeout, TimeUnit unit) throws InterruptedException {
		return this.built.await(timeout, unit);
	}

	/** A searcher over the index; release it with {@link #release}. */
	IndexSearcher acquire() throws IOException {
		return this.searchers.acquire();
	}

	void release(IndexSearcher searcher) throws IOException {
		this.searchers.release(searcher);
	}

	private void build() {
		long started = System.nanoTime();
		try (IndexWriter writer = new IndexWriter(this.directory, new IndexWriterConfig(this.analyzer)
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE)
			.setRAMBufferSizeMB(64))) {
			int articles = this.readOnly.execute((status) -> {
				liftStatementTimeout();
				return write(writer);
			});
			writer.commit();
			this.searchers = new SearcherManager(this.directory, null);
			warmUp();
			this.built.countDown();
			logger.info("Search index: {} articles in {} ms", articles, (System.nanoTime() - started) / 1_000_000);
		}
		catch (IOException | RuntimeException ex) {
			logger.error("Search index could not be built; search stays unavailable", ex);
		}
	}

	/**
	 * Searches of each kind before readiness: the first searches of a cold JVM load and
	 * compile Lucene's scorers, and ran out of the time budget of a search.
	 */
	private void warmUp() throws IOException {
		IndexSearcher shared = this.searchers.acquire();
		try {
			IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
			searcher.setTimeout(new QueryTimeoutImpl(WARM_UP_MILLIS));
			for (int i = 0; i < WARM_UP_SEARCHES; i++) {
				BooleanQuery.Builder query = new BooleanQuery.Builder();
				for (String field : List.of(HEADLINE, KEY_POINTS, BODY, CAPTIONS)) {
					query.add(new BoostQuery(new TermQuery(new Term(field, "news")), 2f), BooleanClause.Occur.SHOULD);
					query.add(new PrefixQuery(new Term(field, "new")), BooleanClause.Occur.SHOULD);
					query.add(new PhraseQuery(field, "news", "archive"), BooleanClause.Occur.SHOULD);
				}
				searcher.search(query.build(), 10);
			}
		}
		finally {
			this.searchers.release(shared);
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

	/** Streams every block in article order, writing one document an article. */
	private int write(IndexWriter writer) {
		IndexedArticle[] current = { null };
		int[] count = { 0 };
		this.jdbc.query("""
				select a.id, a.headline, b.position, b.kind, b.text, b.label, b.credit from article a
				join article_block b on b.article_id = a.id order by a.id, b.position""", (row) -> {
			long id = row.getLong(1);
			if (current[0] == null || current[0].id() != id) {
				add(writer, current[0]);
				current[0] = new IndexedArticle(id, row.getString(2));
				if (++count[0] % PROGRESS_EVERY == 0) {
					logger.info("Search index: {} articles", count[0]);
				}
			}
			current[0].add(BlockKind.valueOf(row.getString(4)), row.getString(5), row.getString(6), row.getString(7));
		});
		add(writer, current[0]);
		return count[0];
	}

	private static void add(IndexWriter writer, IndexedArticle article) {
		if (article != null) {
			try {
				writer.addDocument(article.document());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	@Override
	public void destroy() throws IOException {
		if (this.searchers != null) {
			this.searchers.close();
		}
		this.directory.close();
		IOUtils.rm(this.folder);
	}

}
