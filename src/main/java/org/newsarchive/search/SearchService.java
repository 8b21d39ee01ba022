package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.newsarchive.browse.ArticleCard;
import org.newsarchive.browse.CardLists;
import org.newsarchive.search.MatchingBlocks.Block;
import org.newsarchive.search.SearchResults.Hit;
import org.newsarchive.search.SearchResults.Outcome;
import org.newsarchive.search.SearchResults.Paragraph;
import org.newsarchive.search.SearchResults.Suggestion;
import org.newsarchive.web.Links;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over the Lucene index: phrases ({@code "period of quiet"}),
 * exclusions ({@code -word}) and prefixes ({@code word*}) of Lucene's simple query
 * parser, its other operators off; all words required, ranked by BM25 with the headline
 * weighing most, or by date; narrowed by a date range and by {@link Facet} values, and
 * its hits counted by facet. Each hit opens at the block that matched best
 * ({@link MatchingBlocks}), its snippet highlighted from that block; a search of few
 * hits suggests a better spelling ({@link Suggestions}), and a query that names a
 * person gives the person ({@link NamedPeople}). Each search
 * is bounded in cost by {@link SearchLimits}; {@link SearchTurns} bounds how many run.
 */
@Service
public class SearchService {

	/** What search looks through, as its page and the OpenSearch description say it. */
	public static final String DESCRIPTION = "Search the News Archive: headlines, key points, article text and "
			+ "photo captions.";

	static final int PAGE_SIZE = 10;

	static final int MAX_PAGE = 100;

	static final int MAX_QUERY_LENGTH = 500;

	/** A key point's words are in the blocks too: they weigh 2, the headline's 3, the rest 1. */
	private static final Map<String, Float> FIELDS = Map.of(SearchIndex.HEADLINE, 3f, SearchIndex.KEY_POINTS, 1f,
			SearchIndex.BLOCKS, 1f);

	/**
	 * Only the operators the search page documents. Fuzzy terms ({@code word~2}) and
	 * sloppy phrases cost a Levenshtein automaton over every term of the index each, so
	 * {@code ~} is plain text; without {@code |}, {@code +} and parentheses every word is
	 * required, as the page says.
	 */
	private static final int OPERATORS = SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR
			| SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR;

	private static final long WAIT_FOR_INDEX_SECONDS = 5;

	private static final Logger logger = LoggerFactory.getLogger(SearchService.class);

	private final SearchIndex index;

	private final CardLists articles;

	private final NamedParameterJdbcTemplate jdbc;

	private final SearchLimits limits;

	private final FacetCounting facets;

	private final MatchingBlocks matching;

	private final Suggestions suggestions;

	private final NamedPeople people;

	@Autowired
	SearchService(SearchIndex index, CardLists articles, NamedParameterJdbcTemplate jdbc) {
		this(index, articles, jdbc, SearchLimits.DEFAULT);
	}

	SearchService(SearchIndex index, CardLists articles, NamedParameterJdbcTemplate jdbc, SearchLimits limits) {
		this.index = index;
		this.articles = articles;
		this.jdbc = jdbc;
		this.matching = new MatchingBlocks(index.analyzer());
		this.suggestions = new Suggestions(index.analyzer());
		this.people = new NamedPeople(jdbc);
		this.limits = limits;
		this.facets = new FacetCounting(jdbc);
	}

	public SearchLimits limits() {
		return this.limits;
	}

	public SearchResults search(String text, int page) throws InterruptedException {
		return search(SearchQuery.of(text, page));
	}

	public SearchResults search(SearchQuery request) throws InterruptedException {
		long started = System.nanoTime();
		SearchResults results = searchUntimed(request);
		return results.took(Duration.ofNanos(System.nanoTime() - started));
	}

	private SearchResults searchUntimed(SearchQuery request) throws InterruptedException {
		String query = request.text();
		if (query.isEmpty()) {
			return SearchResults.because(request, Outcome.EMPTY);
		}
		if (query.length() > MAX_QUERY_LENGTH) {
			return SearchResults.because(
					new SearchQuery(query.substring(0, MAX_QUERY_LENGTH), 1, request.sort(), request.from(),
							request.to(), request.filters()),
					Outcome.TOO_LONG);
		}
		// Words are counted in one field first: a query refused for its words costs a quarter of its parse.
		// That field is the blocks', where the hits are placed.
		Query inBlocks = parse(query, Map.of(SearchIndex.BLOCKS, 1f));
		if (inBlocks instanceof MatchAllDocsQuery) {
			return SearchResults.because(request, Outcome.TOO_BROAD);
		}
		if (inBlocks == null || inBlocks instanceof MatchNoDocsQuery) {
			return SearchResults.because(request, Outcome.NO_WORDS);
		}
		QueryWords words = QueryWords.of(inBlocks, SearchIndex.BLOCKS);
		if (words.words() > this.limits.maxWords()) {
			return SearchResults.because(request, Outcome.TOO_MANY_WORDS);
		}
		if (words.wanted() == 0) {
			// Only words left out: that would read every article of the archive.
			return SearchResults.because(request, Outcome.NO_WORDS);
		}
		if (words.prefixes().stream().anyMatch((prefix) -> letters(prefix) < this.limits.minPrefix())) {
			return SearchResults.because(request, Outcome.TOO_BROAD);
		}
		if (!this.index.awaitBuilt(WAIT_FOR_INDEX_SECONDS, TimeUnit.SECONDS)) {
			return SearchResults.because(request, Outcome.UNAVAILABLE);
		}
		return run(request.page(Math.max(1, Math.min(request.page(), MAX_PAGE))), parse(query, FIELDS), inBlocks,
				words);
	}

	private SearchResults run(SearchQuery request, Query parsed, Query inBlocks, QueryWords words) {
		try {
			IndexSearcher shared = this.index.acquire();
			try {
				// A searcher of its own: the time budget, and whether it ran out, belong to this search.
				IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
				searcher.setTimeout(new QueryTimeoutImpl(this.limits.timeout().toMillis()));
				if (tooBroad(searcher.getIndexReader(), words.prefixes())) {
					return SearchResults.because(request, Outcome.TOO_BROAD);
				}
				String unknown = unknownValue(searcher.getIndexReader(), request);
				if (unknown != null) {
					return SearchResults.refused(request, unknown);
				}
				int page = request.page();
				// The facets count every hit: the collector keeps which documents matched, a bit each.
				FacetsCollectorManager.FacetsResult found = (request.sort().sort() != null)
						? FacetsCollectorManager.search(searcher, narrowed(parsed, request), page * PAGE_SIZE,
								request.sort().sort(), new FacetsCollectorManager())
						: FacetsCollectorManager.search(searcher, narrowed(parsed, request), page * PAGE_SIZE,
								new FacetsCollectorManager());
				List<Found> hits = new ArrayList<>();
				ScoreDoc[] docs = found.topDocs().scoreDocs;
				for (int i = (page - 1) * PAGE_SIZE; i < docs.length; i++) {
					Document stored = searcher.storedFields().document(docs[i].doc);
					hits.add(new Found(docs[i].doc, stored.getField(SearchIndex.ID).numericValue().longValue(),
							stored.get(SearchIndex.VERSION)));
				}
				Outcome outcome = Outcome.SEARCHED;
				if (searcher.timedOut()) {
					logger.info("A search ran out of its {} ms: {} words, {} prefixes", this.limits.timeout().toMillis(),
							words.words(), words.prefixes().size());
					outcome = Outcome.PARTIAL;
				}
				long total = found.facetsCollector().getMatchingDocs().stream()
					.mapToLong((matching) -> matching.totalHits)
					.sum();
				FacetCounting.Narrowing narrowing = this.facets.count(this.index.facets(searcher),
						(total > 0) ? found.facetsCollector() : null, request);
				return new SearchResults(request, outcome, total, hits(searcher, hits, inBlocks), narrowing.facets(),
						narrowing.chosen(), suggestion(searcher, request, total),
						this.people.named(request.text()), null, Duration.ZERO);
			}
			finally {
				this.index.release(shared);
			}
		}
		catch (IndexSearcher.TooManyClauses ex) {
			return SearchResults.because(request, Outcome.TOO_BROAD);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The query spelt better, if it finds more than this one did, so narrowed: a count
	 * of its hits, only ever for a search that found fewer than {@link Suggestions#FEW}.
	 */
	private Suggestion suggestion(IndexSearcher searcher, SearchQuery request, long total) throws IOException {
		String better = this.suggestions.suggest(searcher.getIndexReader(), request.text(), total);
		if (better == null) {
			return null;
		}
		Query parsed = parse(better, FIELDS);
		if (parsed == null || searcher.count(narrowed(parsed, request)) <= total) {
			return null;
		}
		return new Suggestion(better, request.text(better).href(Links.SEARCH));
	}

	/** The query narrowed by the request's dates and facet values, all required; the words alone score. */
	private static Query narrowed(Query parsed, SearchQuery request) {
		if (!request.narrowed()) {
			return parsed;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST);
		if (request.from() != null || request.to() != null) {
			long from = (request.from() != null) ? SearchQuery.start(request.from()).toEpochDay() : Long.MIN_VALUE;
			long to = (request.to() != null) ? SearchQuery.end(request.to()).toEpochDay() : Long.MAX_VALUE;
			query.add(LongPoint.newRangeQuery(SearchIndex.DAY, from, to), BooleanClause.Occur.FILTER);
		}
		request.filters().forEach((facet, values) -> values
			.forEach((value) -> query.add(new TermQuery(facet.term(value)), BooleanClause.Occur.FILTER)));
		return query.build();
	}

	/**
	 * Why a chosen facet value names nothing the index holds, or null: a value no
	 * article has is a mistake to say, not an empty search. A term lookup a value.
	 */
	private static String unknownValue(IndexReader reader, SearchQuery request) throws IOException {
		for (Map.Entry<Facet, SortedSet<String>> chosen : request.filters().entrySet()) {
			for (String value : chosen.getValue()) {
				if (reader.docFreq(chosen.getKey().term(value)) == 0) {
					return "No article of the archive has the " + chosen.getKey().kind().toLowerCase(Locale.ROOT)
							+ " \u201c" + value + "\u201d.";
				}
			}
		}
		return null;
	}

	/** Whether a prefix stands for more words of the index than a search may look for, in any field. */
	private boolean tooBroad(IndexReader reader, List<Term> prefixes) throws IOException {
		for (Term prefix : prefixes) {
			for (String field : FIELDS.keySet()) {
				Terms terms = MultiTerms.getTerms(reader, field);
				if (terms == null) {
					continue;
				}
				TermsEnum words = terms.iterator();
				if (words.seekCeil(prefix.bytes()) == TermsEnum.SeekStatus.END) {
					continue;
				}
				int count = 0;
				for (BytesRef word = words.term(); word != null && StringHelper.startsWith(word, prefix.bytes());
						word = words.next()) {
					if (++count > this.limits.maxPrefixWords()) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static int letters(Term prefix) {
		String text = prefix.text();
		return text.codePointCount(0, text.length());
	}

	private Query parse(String query, Map<String, Float> fields) {
		SimpleQueryParser parser = new SimpleQueryParser(this.index.analyzer(), fields, OPERATORS);
		parser.setDefaultOperator(BooleanClause.Occur.MUST);
		return parser.parse(query);
	}

	/**
	 * The hits in rank order, each opening at the block that matched best, with that
	 * block's highlighted snippet and the other blocks that matched.
	 */
	private List<Hit> hits(IndexSearcher searcher, List<Found> found, Query inBlocks) throws IOException {
		if (found.isEmpty()) {
			return List.of();
		}
		List<Long> ids = found.stream().map(Found::id).toList();
		Map<Long, ArticleCard> cards = this.articles.cards(ids)
			.stream()
			.collect(Collectors.toMap(ArticleCard::id, Function.identity()));
		Map<Long, Blocks> blocks = blocks(ids);
		List<Found> shown = found.stream().filter((hit) -> cards.containsKey(hit.id())).toList();
		List<MatchingBlocks.Article> articles = shown.stream().map((hit) -> {
			Blocks current = blocks.getOrDefault(hit.id(), Blocks.NONE);
			return new MatchingBlocks.Article(hit.doc(), current.blocks(),
					new ArticleVersion(hit.id(), current.importSha256()).text().equals(hit.version()));
		}).toList();
		List<MatchingBlocks.Placed> placed = this.matching.matches(searcher, inBlocks, articles);
		List<Hit> hits = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			hits.add(hit(cards.get(shown.get(i).id()), placed.get(i)));
		}
		return hits;
	}

	private static Hit hit(ArticleCard card, MatchingBlocks.Placed placed) {
		if (placed.blocks().isEmpty()) {
			return new Hit(card, HtmlUtils.htmlEscape((card.summary() != null) ? card.summary() : ""), null,
					List.of());
		}
		Block best = placed.blocks().get(0);
		List<Paragraph> also = placed.blocks()
			.subList(1, placed.blocks().size())
			.stream()
			.sorted(Comparator.comparingInt(Block::position))
			.map((block) -> paragraph(card, block))
			.toList();
		return new Hit(card, placed.snippet(), paragraph(card, best), also);
	}

	private static Paragraph paragraph(ArticleCard card, Block block) {
		return new Paragraph(block.position(), Links.block(card.published(), card.slug(), block.position()));
	}

	/** The hits' blocks, by article, in order, and the import they are of. */
	private Map<Long, Blocks> blocks(List<Long> ids) {
		Map<Long, Blocks> blocks = new HashMap<>();
		this.jdbc.query("""
				select b.article_id, a.import_sha256, b.position, b.text, b.label, b.credit from article_block b
				join article a on a.id = b.article_id where b.article_id in (:ids) order by b.article_id, b.position""",
				Map.of("ids", ids), (row) -> {
					Blocks article = blocks.get(row.getLong(1));
					if (article == null) {
						article = new Blocks(row.getString(2), new ArrayList<>());
						blocks.put(row.getLong(1), article);
					}
					article.blocks().add(Block.of(row.getInt(3), row.getString(4), row.getString(5), row.getString(6)));
				});
		return blocks;
	}

	/** A hit as the index holds it: its document, its article's id and the version it was indexed from. */
	private record Found(int doc, long id, String version) {
	}

	/** An article's blocks as the database holds them, and its import's hash. */
	private record Blocks(String importSha256, List<Block> blocks) {

		static final Blocks NONE = new Blocks(null, List.of());

	}

}
