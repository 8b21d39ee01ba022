package org.newsarchive.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the direct quotes in an article's paragraphs, in straight ({@code "…"}) or curly
 * ({@code “…”}) quote marks. The same marks fence scare quotes ({@code a "period of
 * quiet"}), so a quoted span counts only when speech attributes it:
 * <ol>
 * <li>after it: {@code "…," Tillerson said}, {@code "…," said Tillerson},
 * {@code "…," according to Tillerson};</li>
 * <li>before it: {@code Tillerson said: "…"}, {@code Tillerson told Reuters: "…"};</li>
 * <li>a quote opening a sentence after an attributed quote of the same paragraph has
 * the same speaker;</li>
 * <li>a paragraph that is all quote continues the last quote of the block before it,
 * if that block is a paragraph.</li>
 * </ol>
 * A quote nothing attributes is left out: it cannot be told from a scare quote. A
 * pronoun ({@code he said}) stands for the last named speaker of the same or the
 * previous paragraph; without one the quote keeps the pronoun and no person.
 * <p>
 * Scraped text can hold anything, such as a run of thousands of capitalised words: every
 * repetition below is possessive or bounded, so no pattern backtracks or recurses once
 * per word or character, and a speaker named before a quote is looked for in the
 * {@value #MAX_SPEAKER_BEFORE} characters before it only, so a paragraph costs time in
 * proportion to its length.
 */
public final class QuoteExtractor {

	private static final String VERB = "(?:said|says|told|tells|added|adds|asked|wrote|writes|stated|explained"
			+ "|argued|continued|warned|noted|insisted|replied|responded|tweeted|declared|claimed)\\b";

	/**
	 * A capitalised word; inner dots allow initials ("U.S"). Possessive: what may follow a
	 * word (space, punctuation) can never be part of it, so giving a letter back never helps.
	 */
	private static final String WORD = "\\p{Lu}(?:[\\p{L}\\p{M}'’-]|\\.(?=\\p{L}))*+";

	/** A run of capitalised words; possessive, since a speaker's verb is never capitalised. */
	private static final String NAME = WORD + "(?:\\s++" + WORD + ")*+";

	private static final String PRONOUN = "[Hh]e|[Ss]he";

	private static final String INSTITUTION = "[Tt]he(?:\\s+" + WORD + "){1,3}";

	private static final String HONORIFIC = "(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov)\\.\\s+)?";

	private static final String ADVERB = "(?:(?:also|later|then|has|had|\\p{Ll}+ly)\\s+)?";

	/** Who speaks, then the verb: an institution ("the ministry" too), a pronoun or a name. */
	private static final String SUBJECT = HONORIFIC + "(?<speaker>" + INSTITUTION + "|[Tt]he(?:\\s+\\p{Ll}+){1,2}|"
			+ PRONOUN + "|" + NAME + ")\\s+" + ADVERB + VERB;

	/** Words before a name ("foreign ministry spokesman"), but no new clause. */
	private static final String DESCRIPTOR = "(?:(?!(?:and|but|or|while|when|where|because|if|so)\\s)"
			+ "\\p{L}[\\p{L}'’-]*+\\s++){0,4}?";

	/** Ends a speaker phrase that follows its verb: "said the ministry in a statement". */
	private static final String PREPOSITION = "(?:in|on|at|to|for|with|after|before|during|of|from)\\b";

	/** {@code "…," Tillerson said}. */
	private static final Pattern SPEAKER_AFTER = Pattern.compile(",?\\s+" + DESCRIPTOR + SUBJECT);

	/** {@code "…," said Tillerson}, {@code "…," according to the ministry}. */
	private static final Pattern VERB_AFTER = Pattern.compile(",?\\s+(?:" + VERB + "|according to)\\s+" + HONORIFIC
			+ "(?<speaker>" + INSTITUTION + "|[Tt]he(?:\\s+(?!" + PREPOSITION + ")\\p{Ll}+){1,2}|" + PRONOUN + "|"
			+ NAME + ")");

	/** {@code Tillerson said: "…"}, {@code Tillerson told Reuters, "…"}, {@code Tillerson said. "…"}. */
	private static final Pattern SPEAKER_BEFORE = Pattern
		.compile("(?<![\\p{L}\\p{M}'’.-])" + SUBJECT + "(?:\\s+[\\p{L}\\p{N}'’, -]{1,60}?)?\\s*[,:.]\\s*$");

	/** Capitalised words that open a name's run but are not the name. */
	private static final Set<String> NOT_NAMES = Set.of("but", "and", "so", "then", "later", "now", "still",
			"also", "when", "while", "meanwhile", "president", "vice", "secretary", "state", "prime", "deputy",
			"foreign", "minister", "spokesman", "spokeswoman", "spokesperson", "ambassador", "senator", "governor",
			"director", "chancellor", "general", "chief", "leader", "chairman");

	private static final int MAX_NAME_WORDS = 4;

	/** How far before a quote its speaker is looked for: a name and its verb fit many times. */
	static final int MAX_SPEAKER_BEFORE = 600;

	private final Function<String, Optional<String>> speakers;

	private final List<Quote> quotes = new ArrayList<>();

	/** The speaker of the previous paragraph's last quote, for a continuation. */
	private Speaker continued;

	/** The last named speaker of this or the previous paragraph, for pronouns. */
	private Speaker named;

	private QuoteExtractor(Function<String, Optional<String>> speakers) {
		this.speakers = speakers;
	}

	/**
	 * Finds the direct quotes of an article, in source order.
	 * @param blocks the article's blocks
	 * @param speakers resolves a speaker phrase to a person's slug (the importer passes a
	 * lookup over the people registry's names and aliases, exact match)
	 * @return the quotes
	 */
	public static List<Quote> extract(List<Block> blocks, Function<String, Optional<String>> speakers) {
		QuoteExtractor extractor = reading(speakers);
		blocks.forEach(extractor::read);
		return extractor.quotes();
	}

	/**
	 * An extractor to be given an article's blocks one by one, in source order, so that
	 * a caller can tell which block a failure came from.
	 */
	public static QuoteExtractor reading(Function<String, Optional<String>> speakers) {
		return new QuoteExtractor(speakers);
	}

	/** Reads the next block of the article. */
	public void read(Block block) {
		if (block instanceof Block.Paragraph paragraph) {
			read(paragraph);
		}
		else {
			// a photo or subheading ends any run of quotes: nothing continues across it
			this.continued = null;
			this.named = null;
		}
	}

	/** The quotes of the blocks read so far, in source order. */
	public List<Quote> quotes() {
		return List.copyOf(this.quotes);
	}

	private void read(Block.Paragraph paragraph) {
		String text = paragraph.text();
		List<Span> spans = spans(text);
		Speaker last = null;
		Speaker namedHere = null;
		for (int i = 0; i < spans.size(); i++) {
			Span span = spans.get(i);
			int before = (i > 0) ? spans.get(i - 1).close() + 1 : 0;
			Speaker speaker = attribution(text, Math.min(span.close() + 1, text.length()), before, span.open());
			if (speaker == null && last != null && opensSentence(text, span.open())) {
				speaker = last;
			}
			if (speaker == null && i == 0 && span.open() == 0 && span.close() >= text.length() - 1) {
				speaker = this.continued;
			}
			String quoted = text.substring(span.open() + 1, span.close()).replaceFirst(",$", "");
			if (speaker != null && !quoted.isBlank()) {
				this.quotes.add(new Quote(paragraph.number(), quoted, speaker.phrase(), speaker.person()));
				last = speaker;
				if (speaker.named()) {
					this.named = speaker;
					namedHere = speaker;
				}
			}
		}
		this.continued = last;
		this.named = namedHere;
	}

	/**
	 * The speaker of a quote, named in the text after it (from {@code after} on) or before
	 * it (from {@code before} up to {@code open}, its opening mark). Matchers look at
	 * regions of the paragraph rather than copies of its tail: a paragraph of many quotes
	 * is not copied once per quote.
	 */
	private Speaker attribution(String text, int after, int before, int open) {
		for (Pattern pattern : List.of(SPEAKER_AFTER, VERB_AFTER)) {
			Matcher matcher = pattern.matcher(text).region(after, text.length());
			if (matcher.lookingAt()) {
				return speaker(matcher.group("speaker"));
			}
		}
		// the subject nearest the quote: in "Tillerson said Kim told him: "…"" Kim speaks.
		// Transparent bounds let the look-behind see the character before the region, as
		// it saw none before the text itself; that character is a quote mark or a letter
		// of a word the window cut, which no speaker may start in.
		Matcher matcher = SPEAKER_BEFORE.matcher(text).useTransparentBounds(true);
		String nearest = null;
		int from = Math.max(before, trimEnd(text, before, open) - MAX_SPEAKER_BEFORE);
		while (from <= open && matcher.region(from, open).find()) {
			nearest = matcher.group("speaker");
			from = matcher.end("speaker");
		}
		return (nearest != null) ? speaker(nearest) : null;
	}

	/** Where the text from {@code start} to {@code end} ends without its trailing white space. */
	private static int trimEnd(String text, int start, int end) {
		int trimmed = end;
		while (trimmed > start && isSpace(text.charAt(trimmed - 1))) {
			trimmed--;
		}
		return trimmed;
	}

	/** The white space of {@code \s}, which Java's patterns read as ASCII's only. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	private Speaker speaker(String phrase) {
		if (phrase.matches(PRONOUN)) {
			return (this.named != null) ? this.named : new Speaker(phrase, Optional.empty(), false);
		}
		// "The" is capitalised only to open a sentence: the phrase is "the White House"
		boolean institution = phrase.startsWith("the ") || phrase.startsWith("The ");
		String written = institution ? "the" + phrase.substring(3) : name(phrase);
		return new Speaker(written, this.speakers.apply(written), !institution);
	}

	private static List<Span> spans(String text) {
		List<Span> spans = new ArrayList<>();
		int open = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (open < 0 && (c == '"' || c == '“')) {
				open = i;
			}
			else if (open >= 0 && (c == '"' || c == '”')) {
				spans.add(new Span(open, i));
				open = -1;
			}
		}
		if (open >= 0) {
			// a quote running on into the next paragraph leaves its mark open
			spans.add(new Span(open, text.length()));
		}
		return spans;
	}

	/**
	 * Whether the quote at {@code open} starts a sentence, not a phrase within one: the
	 * last character before it, past white space and quote marks, ends a sentence. A
	 * scan, not a pattern anchored at the end, which would cost the square of a long run
	 * of spaces.
	 */
	private static boolean opensSentence(String text, int open) {
		int end = open;
		while (end > 0 && (isSpace(text.charAt(end - 1)) || "\"“”".indexOf(text.charAt(end - 1)) >= 0)) {
			end--;
		}
		return end > 0 && ".!?:…".indexOf(text.charAt(end - 1)) >= 0;
	}

	/** The name in a run of capitalised words, without the titles and possessives before it. */
	private static String name(String run) {
		String[] words = run.split("\\s+");
		int first = 0;
		while (first < words.length - 1 && (NOT_NAMES.contains(words[first].toLowerCase(Locale.ROOT))
				|| words[first].endsWith("'s") || words[first].endsWith("’s"))) {
			first++;
		}
		return String.join(" ", Arrays.asList(words).subList(Math.max(first, words.length - MAX_NAME_WORDS),
				words.length));
	}

	/**
	 * A direct quote: the block (paragraph) it stands in, its text without the quote
	 * marks, the speaker phrase as written ("Tillerson", "the White House"), and the
	 * person it resolves to, if any.
	 */
	public record Quote(int block, String text, String speaker, Optional<String> person) {
	}

	private record Speaker(String phrase, Optional<String> person, boolean named) {
	}

	/** A quoted span: its opening mark and its closing one (the text's end if unclosed). */
	private record Span(int open, int close) {
	}

}
