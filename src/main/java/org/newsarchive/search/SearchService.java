package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.newsarchive.article.ArticleCard;
import org.newsarchive.article.ArticleService;
import org.newsarchive.search.SearchResults.Hit;
import org.newsarchive.search.SearchResults.Outcome;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over the Lucene index: the query language of Lucene's simple query
 * parser ({@code "period of quiet"} for a phrase, {@code -word} to exclude,
 * {@code word*} for a prefix), all words required, ranked by BM25 with the headline
 * weighing most; snippets are highlighted from the stored text of the hits.
 */
@Service
public class SearchService {

	static final int PAGE_SIZE = 10;

	static final int MAX_PAGE = 100;

	static final int MAX_QUERY_LENGTH = 500;

	private static final Map<String, Float> FIELDS = Map.of(SearchIndex.HEADLINE, 3f, SearchIndex.KEY_POINTS, 2f,
			SearchIndex.BODY, 1f, SearchIndex.CAPTIONS, 1f);

	private static final long WAIT_FOR_INDEX_SECONDS = 5;

	private final SearchIndex index;

	private final ArticleService articles;

	private final NamedParameterJdbcTemplate jdbc;

	private final UnifiedHighlighter highlighter;

	SearchService(SearchIndex index, ArticleService articles, NamedParameterJdbcTemplate jdbc) {
		this.index = index;
		this.articles = articles;
		this.jdbc = jdbc;
		this.highlighter = UnifiedHighlighter.builderWithoutSearcher(index.analyzer())
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.build();
	}

	public SearchResults search(String text, int page) throws InterruptedException {
		String query = (text != null) ? text.strip() : "";
		if (query.isEmpty()) {
			return SearchResults.because("", Outcome.EMPTY);
		}
		if (query.length() > MAX_QUERY_LENGTH) {
			return SearchResults.because(query.substring(0, MAX_QUERY_LENGTH), Outcome.TOO_LONG);
		}
		Query parsed = parse(query);
		if (parsed == null || parsed instanceof MatchNoDocsQuery) {
			return SearchResults.because(query, Outcome.NO_WORDS);
		}
		if (!this.index.awaitBuilt(WAIT_FOR_INDEX_SECONDS, TimeUnit.SECONDS)) {
			return SearchResults.because(query, Outcome.UNAVAILABLE);
		}
		int pageNumber = Math.max(1, Math.min(page, MAX_PAGE));
		try {
			IndexSearcher searcher = this.index.acquire();
			try {
				TopDocs top = searcher.search(parsed, pageNumber * PAGE_SIZE);
				List<Long> ids = new ArrayList<>();
				ScoreDoc[] docs = top.scoreDocs;
				for (int i = (pageNumber - 1) * PAGE_SIZE; i < docs.length; i++) {
					ids.add(searcher.storedFields().document(docs[i].doc).getField(SearchIndex.ID).numericValue()
						.longValue());
				}
				return new SearchResults(query, Outcome.SEARCHED, top.totalHits.value, pageNumber, hits(ids, parsed));
			}
			finally {
				this.index.release(searcher);
			}
		}
		catch (IndexSearcher.TooManyClauses ex) {
			return SearchResults.because(query, Outcome.TOO_BROAD);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Query parse(String query) {
		SimpleQueryParser parser = new SimpleQueryParser(this.index.analyzer(), FIELDS);
		parser.setDefaultOperator(BooleanClause.Occur.MUST);
		return parser.parse(query);
	}

	/** The hits in rank order, each with a highlighted snippet of its text. */
	private List<Hit> hits(List<Long> ids, Query query) throws IOException {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, ArticleCard> cards = this.articles.cards(ids)
			.stream()
			.collect(Collectors.toMap(ArticleCard::id, Function.identity()));
		Map<Long, String> texts = texts(ids);
		List<Hit> hits = new ArrayList<>();
		for (Long id : ids) {
			ArticleCard card = cards.get(id);
			if (card != null) {
				Object snippet = this.highlighter.highlightWithoutSearcher(SearchIndex.BODY, query,
						texts.getOrDefault(id, ""), 2);
				hits.add(new Hit(card, (snippet != null) ? snippet.toString()
						: HtmlUtils.htmlEscape((card.summary() != null) ? card.summary() : "")));
			}
		}
		return hits;
	}

	/** The text of the hits' blocks, one block a line, by article. */
	private Map<Long, String> texts(List<Long> ids) {
		Map<Long, StringBuilder> texts = new HashMap<>();
		this.jdbc.query("""
				select article_id, text from article_block where article_id in (:ids) and kind <> 'PHOTO'
				order by article_id, position""", Map.of("ids", ids), (row) -> {
			texts.computeIfAbsent(row.getLong(1), (id) -> new StringBuilder()).append(row.getString(2)).append('\n');
		});
		Map<Long, String> result = new LinkedHashMap<>();
		texts.forEach((id, text) -> result.put(id, text.toString()));
		return result;
	}

}
