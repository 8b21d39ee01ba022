package org.newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Where in an article a query matched, block by block. The article's blocks are read as
 * one text, a block a passage, so that one analysis of the article scores every block
 * as the highlighter scores its passages (BM25 over the passage); the best block is
 * where the hit opens, and its snippet is highlighted from that block alone. Photos are
 * blocks too (caption, label and credit), and so are key points: a match only there
 * opens at them.
 */
final class MatchingBlocks {

	/** How many matching blocks a hit names: the best, and the rest as "also in". */
	static final int MAX_BLOCKS = 8;

	/** Between blocks: a character no block keeps (it is replaced within one), so each block is a passage. */
	private static final char SEPARATOR = '\u2029';

	/** Longer than any article the archive takes: the highlighter's default reads only the first 10,000 characters. */
	private static final int MAX_LENGTH = 4_000_000;

	private final UnifiedHighlighter blocks;

	private final UnifiedHighlighter snippets;

	MatchingBlocks(Analyzer analyzer) {
		this.blocks = UnifiedHighlighter.builderWithoutSearcher(analyzer)
			.withBreakIterator(() -> new CustomSeparatorBreakIterator(SEPARATOR))
			.withFormatter(new Scores())
			.withMaxNoHighlightPassages(0)
			.withMaxLength(MAX_LENGTH)
			.build();
		this.snippets = UnifiedHighlighter.builderWithoutSearcher(analyzer)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withMaxNoHighlightPassages(0)
			.withMaxLength(MAX_LENGTH)
			.build();
	}

	/**
	 * The blocks the query matches, best first (the earlier of two as good), at most
	 * {@link #MAX_BLOCKS}; none if it matched only the headline. The query's words are
	 * read in the given field: every field is analysed alike.
	 */
	List<Block> matches(String field, Query query, List<Block> article) throws IOException {
		if (article.isEmpty()) {
			return List.of();
		}
		StringBuilder text = new StringBuilder();
		int[] starts = new int[article.size()];
		for (int i = 0; i < article.size(); i++) {
			starts[i] = text.length();
			text.append(article.get(i).text().replace(SEPARATOR, ' ')).append(SEPARATOR);
		}
		Object found = this.blocks.highlightWithoutSearcher(field, query, text.toString(), MAX_BLOCKS);
		if (!(found instanceof Scored[] scored)) {
			return List.of();
		}
		List<Scored> ranked = new ArrayList<>(List.of(scored));
		ranked.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::start));
		List<Block> matches = new ArrayList<>();
		for (Scored passage : ranked) {
			int index = Arrays.binarySearch(starts, passage.start());
			matches.add(article.get((index >= 0) ? index : -index - 2));
		}
		return matches;
	}

	/** The passages of one block that matched, escaped, the words in {@code <mark>}; null if none did. */
	String snippet(String field, Query query, Block block) throws IOException {
		Object snippet = this.snippets.highlightWithoutSearcher(field, query, block.text(), 2);
		return (snippet != null) ? snippet.toString() : null;
	}

	/**
	 * A block of an article as search reads it.
	 *
	 * @param position its place in the article, as its anchor {@code p{position}} names it
	 * @param text its words; a photo's caption, label and credit
	 */
	record Block(int position, String text) {
	}

	private record Scored(int start, float score) {
	}

	/** Keeps each matching passage's start and score rather than its text. */
	private static final class Scores extends PassageFormatter {

		@Override
		public Object format(Passage[] passages, String content) {
			Scored[] scored = new Scored[passages.length];
			for (int i = 0; i < passages.length; i++) {
				scored[i] = new Scored(passages[i].getStartOffset(), passages[i].getScore());
			}
			return scored;
		}

	}

}
