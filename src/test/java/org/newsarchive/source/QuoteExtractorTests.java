package org.newsarchive.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.newsarchive.source.QuoteExtractor.Quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsarchive.Seed.SOURCE;

class QuoteExtractorTests {

	static final Map<String, String> SEED_PEOPLE = Map.of("Tillerson", "rex-tillerson", "Rex Tillerson",
			"rex-tillerson", "Trump", "donald-trump", "Donald Trump", "donald-trump");

	static final Map<String, String> PEOPLE = Map.of("Tillerson", "rex-tillerson", "Rex Tillerson", "rex-tillerson",
			"Lu Kang", "lu-kang", "Kim Jong Un", "kim-jong-un");

	static final Optional<String> TILLERSON = Optional.of("rex-tillerson");

	@Test
	void findsTillersonsQuotesInTheSeed() throws IOException {
		assertThat(seedQuotes()).filteredOn((quote) -> quote.person().equals(TILLERSON))
			.extracting(Quote::block, Quote::text, Quote::speaker)
			.containsExactly(
					tuple(6, "We're ready to talk anytime North Korea would like to talk, and we're ready to have the "
							+ "first meeting without precondition", "Tillerson"),
					tuple(7, "Let's just meet. We can talk about the weather if you want... But can we at least sit down "
							+ "and see each other face to face, and then we can lay out a map, a roadmap, of what we might "
							+ "be willing to work towards.", "Tillerson"),
					tuple(10, "It's not realistic to say we are only going to talk if you come to the table ready to give "
							+ "up your program", "Tillerson"),
					tuple(10, "They have too much invested in it, and [Trump] is very realistic about that as well.",
							"Tillerson"));
	}

	@Test
	void givesTheWhiteHouseStatementInTheSeedToNoPerson() throws IOException {
		assertThat(seedQuotes()).filteredOn((quote) -> quote.block() == 16)
			.extracting(Quote::text, Quote::speaker, Quote::person)
			.containsExactly(
					tuple("The president's views on North Korea have not changed", "the White House", Optional.empty()),
					tuple("North Korea is acting in an unsafe way ... North Korea's actions are not good for anyone and "
							+ "certainly not good for North Korea.", "the White House", Optional.empty()));
	}

	@Test
	void takesNeitherTheSeedsScareQuotesNorAnythingForTrump() throws IOException {
		List<Quote> quotes = seedQuotes();

		assertThat(quotes).hasSize(6);
		assertThat(quotes).extracting(Quote::text)
			.noneMatch((text) -> text.contains("period of quiet") || text.contains("honored"));
		assertThat(quotes).extracting(Quote::person).doesNotContain(Optional.of("donald-trump"));
	}

	@Test
	void attributesAQuoteToTheSpeakerNamedAfterIt() {
		List<Quote> quotes = quotesIn("""
				"We're ready to talk," Tillerson said at the Atlantic Council.

				"We can meet anytime," said Rex Tillerson.

				"Why not now?" Tillerson told reporters on Tuesday.

				"Peace is possible," according to Tillerson.

				"Our views have not changed," the White House said in a statement.

				"The door is open," China's foreign ministry spokesman Lu Kang said.

				"We welcome it," Russia's Deputy Foreign Minister Sergei Ryabkov told Russian media.

				"We object," said the foreign ministry in a statement.
				""");

		assertThat(quotes).extracting(Quote::block, Quote::text, Quote::speaker, Quote::person)
			.containsExactly(tuple(1, "We're ready to talk", "Tillerson", TILLERSON),
					tuple(2, "We can meet anytime", "Rex Tillerson", TILLERSON),
					tuple(3, "Why not now?", "Tillerson", TILLERSON), tuple(4, "Peace is possible", "Tillerson", TILLERSON),
					tuple(5, "Our views have not changed", "the White House", Optional.empty()),
					tuple(6, "The door is open", "Lu Kang", Optional.of("lu-kang")),
					tuple(7, "We welcome it", "Sergei Ryabkov", Optional.empty()),
					tuple(8, "We object", "the foreign ministry", Optional.empty()));
	}

	@Test
	void attributesAQuoteToTheNearestSpeakerNamedBeforeIt() {
		List<Quote> quotes = quotesIn("""
				Asked about North Korea, Tillerson said: "We're ready to talk."

				Kim Jong Un told Reuters: "We will never give up our program."

				The White House later added, "The president's views have not changed."

				The talks will go on, Tillerson said. "We are patient."

				Tillerson said Kim Jong Un told him: "Come to Pyongyang."
				""");

		assertThat(quotes).extracting(Quote::block, Quote::text, Quote::speaker, Quote::person)
			.containsExactly(tuple(1, "We're ready to talk.", "Tillerson", TILLERSON),
					tuple(2, "We will never give up our program.", "Kim Jong Un", Optional.of("kim-jong-un")),
					tuple(3, "The president's views have not changed.", "the White House", Optional.empty()),
					tuple(4, "We are patient.", "Tillerson", TILLERSON),
					tuple(5, "Come to Pyongyang.", "Kim Jong Un", Optional.of("kim-jong-un")));
	}

	@Test
	void givesAQuoteOpeningALaterSentenceToTheSameSpeakerButNotAScareQuote() {
		List<Quote> quotes = quotesIn("""
				"It's not realistic," Tillerson said on Tuesday. "They have too much invested in it." Critics called the plan "naive."
				""");

		assertThat(quotes).extracting(Quote::text, Quote::speaker)
			.containsExactly(tuple("It's not realistic", "Tillerson"),
					tuple("They have too much invested in it.", "Tillerson"));
	}

	@Test
	void continuesTheSpeakerIntoParagraphsThatAreAllQuote() {
		List<Quote> quotes = quotesIn("""
				"We're ready to talk," Tillerson said.

				"Let's just meet."

				"We can talk about the weather."

				His words signalled a shift.

				"Nobody believes it."
				""");

		assertThat(quotes).extracting(Quote::block, Quote::text, Quote::person)
			.containsExactly(tuple(1, "We're ready to talk", TILLERSON), tuple(2, "Let's just meet.", TILLERSON),
					tuple(3, "We can talk about the weather.", TILLERSON));
	}

	@Test
	void doesNotContinueTheSpeakerAcrossASubheading() {
		String source = """
				"We're ready to talk," Tillerson said.

				The White House is unmoved

				"The president's views have not changed."
				""";

		assertThat(parse(source).blocks().get(1)).isInstanceOf(Block.Subheading.class);
		assertThat(quotesIn(source)).extracting(Quote::block).containsExactly(1);
	}

	@Test
	void readsCurlyQuotes() {
		List<Quote> quotes = quotesIn("""
				“We’re ready to talk,” Tillerson said. “Let’s just meet.”

				“We can talk about the weather.”

				Trump would be “honored” to meet.
				""");

		assertThat(quotes).extracting(Quote::block, Quote::text, Quote::speaker)
			.containsExactly(tuple(1, "We’re ready to talk", "Tillerson"), tuple(1, "Let’s just meet.", "Tillerson"),
					tuple(2, "We can talk about the weather.", "Tillerson"));
	}

	@Test
	void leavesOutScareQuotes() {
		assertThat(quotesIn("""
				Tillerson simply asked for a "period of quiet," where they pause testing.

				Additionally, Trump has said he would be "honored" to meet with Kim Jong Un, who no head of state has met.

				The so-called "maximum pressure" campaign goes on, Trump said.
				""")).isEmpty();
	}

	@Test
	void leavesOutQuotesThatNobodyIsSaidToHaveSaid() {
		assertThat(quotesIn("""
				"Nobody wants a war."

				The sign on the embassy door read "Closed until further notice."
				""")).isEmpty();
	}

	@Test
	void givesAPronounTheLastNamedSpeakerOfThisOrThePreviousParagraph() {
		List<Quote> quotes = quotesIn("""
				"We're ready to talk," Tillerson said.

				"We can meet anytime," he added.

				A new approach

				"It is not the time," she said.
				""");

		assertThat(quotes).extracting(Quote::block, Quote::speaker, Quote::person)
			.containsExactly(tuple(1, "Tillerson", TILLERSON), tuple(2, "Tillerson", TILLERSON),
					tuple(4, "she", Optional.empty()));
	}

	private static List<Quote> seedQuotes() throws IOException {
		SourceText seed = SourceParser.parse("seed.txt", Files.readAllBytes(SOURCE));
		return QuoteExtractor.extract(seed.blocks(), lookup(SEED_PEOPLE));
	}

	private static List<Quote> quotesIn(String body) {
		return QuoteExtractor.extract(parse(body).blocks(), lookup(PEOPLE));
	}

	/** The scraped format: a headline, a blank line, then the body. */
	private static SourceText parse(String body) {
		return SourceParser.parse("test.txt", ("Talks on North Korea\n\n" + body).getBytes(StandardCharsets.UTF_8));
	}

	private static Function<String, Optional<String>> lookup(Map<String, String> people) {
		return (phrase) -> Optional.ofNullable(people.get(phrase));
	}

}
