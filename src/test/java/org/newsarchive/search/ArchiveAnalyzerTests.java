package org.newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveAnalyzerTests {

	private final Analyzer analyzer = new ArchiveAnalyzer();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ólafsson      | Olafsson
			Søren Kierkegaard | Soren Kierkegaard
			Kim Jong-un   | Kim Jong Un
			O'Brien       | OBrien
			O’Brien       | O'Brien
			Müller's      | Muller
			Erdoğan       | Erdogan
			""")
	void foldsBothSpellingsOfANameToTheSameWords(String written, String typed) throws IOException {
		assertThat(words(written)).isEqualTo(words(typed)).isNotEmpty();
	}

	@Test
	void foldsBeforeStemmingAndKeepsStopWordsOut() throws IOException {
		assertThat(words("The Café's reopenings")).containsExactly("cafe", "reopen");
	}

	@Test
	void keepsTheOffsetsOfTheOriginalCharactersForHighlighting() throws IOException {
		String text = "Sigurður Ólafsson spoke";
		try (TokenStream stream = this.analyzer.tokenStream("body", text)) {
			OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			stream.incrementToken();
			stream.incrementToken();
			assertThat(text.substring(offsets.startOffset(), offsets.endOffset())).isEqualTo("Ólafsson");
			stream.end();
		}
	}

	@Test
	void normalizesAPrefixAsItIndexesAWord() {
		assertThat(this.analyzer.normalize("body", "Ólaf").utf8ToString()).isEqualTo("olaf");
	}

	private List<String> words(String text) throws IOException {
		List<String> words = new ArrayList<>();
		try (TokenStream stream = this.analyzer.tokenStream("body", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
		}
		return words;
	}

}
