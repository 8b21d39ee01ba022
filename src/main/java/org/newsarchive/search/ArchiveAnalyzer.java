package org.newsarchive.search;

import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * {@link EnglishAnalyzer}'s chain (possessives, lower case, English stop words, Porter
 * stemming) with names in mind: accents and other diacritics are folded before the
 * stemmer, so {@code Ólafsson} and {@code Olafsson} are one word, and an apostrophe
 * inside a word is dropped, so {@code O'Brien}, {@code O’Brien} and {@code OBrien} are
 * too. The tokenizer already splits {@code Jong-un} in two, in the text and in a query
 * alike. Folding replaces the word rather than adding the folded one beside it: an
 * accent then never changes what a search finds, and the highlighter, which marks the
 * offsets of the original text, still shows the accents as written.
 */
final class ArchiveAnalyzer extends Analyzer {

	private static final Pattern APOSTROPHE = Pattern.compile("'");

	/**
	 * The fields whose words are kept as written, folded but not stemmed: the words that
	 * a suggestion offers in place of a misspelt one are words a reader would type.
	 */
	private static final Set<String> UNSTEMMED = Set.of(SearchIndex.WORDS, SearchIndex.NAMES);

	ArchiveAnalyzer() {
		// Not the default, which reuses one chain for every field: two chains differ.
		super(PER_FIELD_REUSE_STRATEGY);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		TokenStream result = new EnglishPossessiveFilter(source);
		result = new LowerCaseFilter(result);
		result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		result = fold(result);
		if (!UNSTEMMED.contains(fieldName)) {
			result = new PorterStemFilter(result);
		}
		return new TokenStreamComponents(source, result);
	}

	/** What a prefix of a query ({@code Ólaf*}) goes through: it is not stemmed. */
	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return fold(new LowerCaseFilter(in));
	}

	/** Diacritics folded (a curly apostrophe becomes a straight one), then apostrophes dropped. */
	private static TokenStream fold(TokenStream in) {
		return new PatternReplaceFilter(new ASCIIFoldingFilter(in, false), APOSTROPHE, "", true);
	}

}
