package org.newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Where in an article a query matched, block by block. The article's blocks are read as
 * one text, a block a passage, so that the highlighter scores every block as it scores
 * its passages (BM25 over the passage); the best block is where the hit opens, and its
 * snippet is highlighted from that block alone. Photos are blocks too (caption, label
 * and credit), and so are key points: a match only there opens at them.
 * <p>
 * The index keeps that text's words with their offsets ({@link SearchIndex#BLOCKS}), so
 * the blocks of a page of hits are scored from the postings, without analysing the
 * articles again. An article the database holds otherwise than the index does (another
 * replica imported since this index was built) is analysed again from what the database
 * says, so its offsets always fall in its own text.
 */
final class MatchingBlocks {

	/** How many matching blocks a hit names: the best, and the rest as "also in". */
	static final int MAX_BLOCKS = 8;

	/** Between blocks: a character no block keeps (it is replaced within one), so each block is a passage. */
	private static final char SEPARATOR = '\u2029';

	/** Longer than any article the archive takes: the highlighter's default reads only the first 10,000 characters. */
	private static final int MAX_LENGTH = 4_000_000;

	private final Analyzer analyzer;

	private final UnifiedHighlighter reanalysing;

	MatchingBlocks(Analyzer analyzer) {
		this.analyzer = analyzer;
		this.reanalysing = blocks(UnifiedHighlighter.builderWithoutSearcher(analyzer)).build();
	}

	private static UnifiedHighlighter.Builder blocks(UnifiedHighlighter.Builder builder) {
		return builder.withBreakIterator(() -> new CustomSeparatorBreakIterator(SEPARATOR))
			.withFormatter(new Scores())
			.withMaxNoHighlightPassages(0)
			.withMaxLength(MAX_LENGTH);
	}

	/** Adds a block to an article's text as the index and the highlighter read it. */
	static void append(StringBuilder text, String block) {
		text.append(block.replace(SEPARATOR, ' ')).append(SEPARATOR);
	}

	/**
	 * For each article, the blocks the query matches, best first (the earlier of two as
	 * good), at most {@link #MAX_BLOCKS}, and the best one's {@link BlockSnippet}; none if
	 * it matched only the headline. The query reads the {@link SearchIndex#BLOCKS} field.
	 */
	List<Placed> matches(IndexSearcher searcher, Query query, List<Article> articles) throws IOException {
		Map<Integer, String> indexed = new HashMap<>();
		for (Article article : articles) {
			if (article.indexed()) {
				indexed.put(article.doc(), text(article.blocks()));
			}
		}
		int[] docs = indexed.keySet().stream().mapToInt(Integer::intValue).toArray();
		Object[] found = (docs.length > 0) ? new FromPostings(blocks(UnifiedHighlighter.builder(searcher, this.analyzer)),
				indexed).scores(query, docs) : new Object[0];
		Map<Integer, Object> byDoc = new HashMap<>();
		for (int i = 0; i < docs.length; i++) {
			byDoc.put(docs[i], found[i]);
		}
		List<Placed> placed = new ArrayList<>();
		for (Article article : articles) {
			if (article.indexed()) {
				placed.add(placed(byDoc.get(article.doc()), article.blocks()));
			}
			else {
				placed.add(placed(this.reanalysing.highlightWithoutSearcher(SearchIndex.BLOCKS, query,
						text(article.blocks()), MAX_BLOCKS), article.blocks()));
			}
		}
		return placed;
	}

	private static String text(List<Block> blocks) {
		StringBuilder text = new StringBuilder();
		blocks.forEach((block) -> append(text, block.text()));
		return text.toString();
	}

	private static Placed placed(Object found, List<Block> article) {
		if (!(found instanceof Scored[] scored)) {
			return Placed.NOWHERE;
		}
		int[] starts = new int[article.size()];
		for (int i = 1; i < article.size(); i++) {
			starts[i] = starts[i - 1] + article.get(i - 1).text().length() + 1;
		}
		List<Scored> ranked = new ArrayList<>(List.of(scored));
		ranked.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::start));
		List<Integer> indexes = new ArrayList<>();
		for (Scored passage : ranked) {
			int index = Arrays.binarySearch(starts, passage.start());
			indexes.add((index >= 0) ? index : -index - 2);
		}
		int best = indexes.get(0);
		Scored matched = ranked.get(0);
		String snippet = BlockSnippet.of(article.get(best).text(), starts[best], matched.matchStarts(),
				matched.matchEnds());
		return new Placed(indexes.stream().map(article::get).toList(), snippet);
	}

	/**
	 * A block of an article as search reads it.
	 *
	 * @param position its place in the article, as its anchor {@code p{position}} names it
	 * @param text its words; a photo's caption, label and credit
	 */
	record Block(int position, String text) {

		/** A block of the article as the database holds it: a photo's parts apart by a middle dot. */
		static Block of(int position, String text, String label, String credit) {
			return new Block(position, words(text, label, credit));
		}

		/** The words of a block: its text and, for a photo, its label and credit. */
		static String words(String text, String label, String credit) {
			return Stream.of(text, label, credit)
				.filter((part) -> part != null && !part.isEmpty())
				.collect(Collectors.joining(" · "));
		}

	}

	/**
	 * An article among the hits.
	 *
	 * @param doc its document in the searcher's index
	 * @param blocks its blocks, as the database holds them
	 * @param indexed whether the index was made from these blocks (its version is the database's)
	 */
	record Article(int doc, List<Block> blocks, boolean indexed) {
	}

	/**
	 * Where an article's hit opens, and what it shows.
	 *
	 * @param blocks the blocks that matched, best first
	 * @param snippet the best block's snippet, or null if no block matched
	 */
	record Placed(List<Block> blocks, String snippet) {

		static final Placed NOWHERE = new Placed(List.of(), null);

	}

	/** A block that matched: where it starts in the article's text, its score, and its matches in order. */
	private record Scored(int start, float score, int[] matchStarts, int[] matchEnds) {
	}

	/** Keeps each matching passage's start, score and matches rather than its text. */
	private static final class Scores extends PassageFormatter {

		@Override
		public Object format(Passage[] passages, String content) {
			Scored[] scored = new Scored[passages.length];
			for (int i = 0; i < passages.length; i++) {
				Passage passage = passages[i];
				Integer[] order = new Integer[passage.getNumMatches()];
				Arrays.setAll(order, (match) -> match);
				Arrays.sort(order, Comparator.comparingInt((Integer match) -> passage.getMatchStarts()[match]));
				int[] starts = new int[order.length];
				int[] ends = new int[order.length];
				for (int match = 0; match < order.length; match++) {
					starts[match] = passage.getMatchStarts()[order[match]];
					ends[match] = passage.getMatchEnds()[order[match]];
				}
				scored[i] = new Scored(passage.getStartOffset(), passage.getScore(), starts, ends);
			}
			return scored;
		}

	}

	/**
	 * Scores blocks from the offsets the index keeps, over the articles' text as the
	 * database gives it (the index stores no text).
	 */
	private static final class FromPostings extends UnifiedHighlighter {

		private final Map<Integer, String> texts;

		FromPostings(UnifiedHighlighter.Builder builder, Map<Integer, String> texts) {
			super(builder);
			this.texts = texts;
		}

		Object[] scores(Query query, int[] docs) throws IOException {
			int[] passages = { MAX_BLOCKS };
			return highlightFieldsAsObjects(new String[] { SearchIndex.BLOCKS }, query, docs, passages)
				.get(SearchIndex.BLOCKS);
		}

		@Override
		protected OffsetSource getOffsetSource(String field) {
			return OffsetSource.POSTINGS;
		}

		@Override
		protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
				throws IOException {
			List<CharSequence[]> values = new ArrayList<>();
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				values.add(new CharSequence[] { this.texts.get(doc) });
			}
			return values;
		}

	}

}
