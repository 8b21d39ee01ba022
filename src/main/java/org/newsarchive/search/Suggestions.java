package org.newsarchive.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": the query again with each word the archive does not hold replaced by
 * the closest word it does, the names and aliases of its people first
 * ({@link SearchIndex#NAMES}), then the words of its articles ({@link SearchIndex#WORDS}),
 * both as written rather than stemmed. {@link DirectSpellChecker} reads the index's own
 * terms, within two edits, so there is no second index to keep. It runs only for a
 * query that found fewer than {@link #FEW} articles, and reads at most
 * {@link #MAX_WORDS} words of it: a query of many misspelt words costs no more than a
 * few. With a hit or two, a word the archive holds in fewer articles than a close word
 * gives way to it too ({@code tilerson}, typed so once, for {@code tillerson}).
 */
final class Suggestions {

	/** Fewer hits than this, and the search suggests. */
	static final int FEW = 3;

	/** The words of a query the spell checker reads, at most: each costs two walks of a field's terms. */
	static final int MAX_WORDS = 6;

	/** Longer words are not checked: no name or word of the archive is two edits from them. */
	private static final int MAX_WORD_LENGTH = 40;

	private static final List<String> FIELDS = List.of(SearchIndex.NAMES, SearchIndex.WORDS);

	private final Analyzer analyzer;

	Suggestions(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * The query with its misspelt words replaced, operators and all else as typed; null
	 * when it found enough, or no word has a better spelling.
	 */
	String suggest(IndexReader reader, String query, long found) throws IOException {
		if (found >= FEW) {
			return null;
		}
		SuggestMode mode = (found == 0) ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX : SuggestMode.SUGGEST_MORE_POPULAR;
		DirectSpellChecker checker = new DirectSpellChecker();
		StringBuilder suggested = new StringBuilder();
		int copied = 0;
		int read = 0;
		try (TokenStream words = this.analyzer.tokenStream(SearchIndex.WORDS, query)) {
			CharTermAttribute word = words.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = words.addAttribute(OffsetAttribute.class);
			words.reset();
			while (words.incrementToken() && read++ < MAX_WORDS) {
				int start = offset.startOffset();
				int end = offset.endOffset();
				if (excluded(query, start) || prefix(query, end) || word.length() > MAX_WORD_LENGTH) {
					continue;
				}
				String better = better(checker, reader, word.toString(), mode);
				if (better != null) {
					suggested.append(query, copied, start).append(sameCase(query.substring(start, end), better));
					copied = end;
				}
			}
			words.end();
		}
		return (copied > 0) ? suggested.append(query, copied, query.length()).toString() : null;
	}

	/**
	 * The closest better word, or null. A word the articles hold is not offered a
	 * person's name: only a more frequent word of the articles.
	 */
	private static String better(DirectSpellChecker checker, IndexReader reader, String word, SuggestMode mode)
			throws IOException {
		boolean inArticles = reader.docFreq(new Term(SearchIndex.WORDS, word)) > 0;
		boolean inNames = reader.docFreq(new Term(SearchIndex.NAMES, word)) > 0;
		if (mode == SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX && (inArticles || inNames)) {
			return null;
		}
		for (String field : (inArticles && !inNames) ? List.of(SearchIndex.WORDS) : FIELDS) {
			SuggestWord[] close = checker.suggestSimilar(new Term(field, word), 1, reader, mode);
			if (close.length > 0) {
				return close[0].string;
			}
		}
		return null;
	}

	/** Whether the word is left out: {@code -word}, the minus opening it. */
	private static boolean excluded(String query, int start) {
		return start > 0 && query.charAt(start - 1) == '-' && (start == 1 || Character.isWhitespace(query.charAt(start - 2)));
	}

	private static boolean prefix(String query, int end) {
		return end < query.length() && query.charAt(end) == '*';
	}

	/** The suggested word in the case the word was typed in: {@code Tilerson} gives {@code Tillerson}. */
	private static String sameCase(String typed, String suggested) {
		if (typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT))) {
			return suggested.toUpperCase(Locale.ROOT);
		}
		if (Character.isUpperCase(typed.codePointAt(0))) {
			return suggested.substring(0, 1).toUpperCase(Locale.ROOT) + suggested.substring(1);
		}
		return suggested;
	}

}
