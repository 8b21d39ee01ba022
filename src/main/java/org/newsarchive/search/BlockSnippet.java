package org.newsarchive.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;

/**
 * The snippet of the block a hit opens at: the sentences of the block that hold the
 * most matches, at most {@link #SENTENCES}, in the block's order and apart by an
 * ellipsis, escaped, each match in {@code <mark>}. It is made from the matches the
 * highlighter found when it scored the blocks, so the block is not read a second time.
 */
final class BlockSnippet {

	static final int SENTENCES = 2;

	private static final DefaultPassageFormatter FORMATTER = new DefaultPassageFormatter("<mark>", "</mark>", " … ",
			true);

	private BlockSnippet() {
	}

	/**
	 * The snippet of a block, which starts at {@code offset} of the article's text, whose
	 * matches in that text start and end, in order, where given. It is made from the
	 * block as written (the article's text replaced the separator in it).
	 */
	static String of(String block, int offset, int[] matchStarts, int[] matchEnds) {
		BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
		sentences.setText(block);
		List<Passage> found = new ArrayList<>();
		int match = 0;
		for (int from = sentences.first(), to = sentences.next(); to != BreakIterator.DONE;
				from = to, to = sentences.next()) {
			String text = block.substring(from, to);
			Passage sentence = new Passage();
			sentence.setStartOffset(to - text.stripLeading().length());
			sentence.setEndOffset(from + text.stripTrailing().length());
			while (match < matchStarts.length && matchStarts[match] - offset < to) {
				sentence.addMatch(matchStarts[match] - offset, matchEnds[match] - offset, null, 1);
				match++;
			}
			if (sentence.getNumMatches() > 0) {
				found.add(sentence);
			}
		}
		if (found.isEmpty()) {
			// Matches the sentences lost (a word the break iterator split): the block as it is.
			Passage whole = new Passage();
			whole.setStartOffset(0);
			whole.setEndOffset(block.length());
			found.add(whole);
		}
		Passage[] chosen = found.stream()
			.sorted(Comparator.comparingInt(Passage::getNumMatches).reversed()
				.thenComparingInt(Passage::getStartOffset))
			.limit(SENTENCES)
			.sorted(Comparator.comparingInt(Passage::getStartOffset))
			.toArray(Passage[]::new);
		return FORMATTER.format(chosen, block);
	}

}
