package org.newsarchive.source;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentionFinderTests {

	static final MentionFinder FINDER = new MentionFinder(List.of(
			new Person("rex-tillerson", "Rex Tillerson", List.of("Tillerson"), "US Secretary of State"),
			new Person("donald-trump", "Donald Trump", List.of("Trump"), "President"),
			new Person("kim-jong-un", "Kim Jong Un", List.of("Kim Jong-un"), "North Korean leader")));

	@Test
	void findsFullNamesAndAliasesOnWordBoundaries() {
		String text = "Rex Tillerson's plan, \"and [Trump] is realistic,\" Tillerson said; a trumpet sounded.";

		assertThat(FINDER.inText(text)).containsExactly(new MentionFinder.Mention("rex-tillerson", 0, 13),
				new MentionFinder.Mention("donald-trump", 28, 33), new MentionFinder.Mention("rex-tillerson", 50, 59));
	}

	@Test
	void matchesTextMentionsCaseSensitively() {
		assertThat(FINDER.inText("a trump card")).isEmpty();
	}

	@Test
	void findsThePeopleOfAPhotoLabelWhateverTheirCase() {
		assertThat(FINDER.inLabel("Trump kim jong un")).containsExactly("donald-trump", "kim-jong-un");
		assertThat(FINDER.inLabel("Rex Tillerson Donald Trump")).containsExactly("rex-tillerson", "donald-trump");
		assertThat(FINDER.inLabel("Rex Tillerson")).containsExactly("rex-tillerson");
	}

	@Test
	void resolvesASpeakerByExactNameOrAlias() {
		assertThat(FINDER.person("Tillerson")).contains("rex-tillerson");
		assertThat(FINDER.person("the White House")).isEmpty();
	}

}
