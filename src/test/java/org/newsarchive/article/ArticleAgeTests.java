package org.newsarchive.article;

import java.time.LocalDate;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What an article's page says of its age, and on which days that changes. */
class ArticleAgeTests {

	static final LocalDate SEED = LocalDate.of(2017, 12, 13);

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "none", value = {
			"2017-12-13 | none",
			"2018-12-12 | none",
			"2018-12-13 | Published in 2017 — more than a year ago",
			"2019-12-12 | Published in 2017 — more than a year ago",
			"2019-12-13 | Published in 2017 — more than 2 years ago",
			"2026-12-01 | Published in 2017 — more than 8 years ago",
			"2026-12-12 | Published in 2017 — more than 8 years ago",
			"2026-12-13 | Published in 2017 — more than 9 years ago" })
	void saysHowOldTheSeedIs(LocalDate today, String notice) {
		assertThat(new ArticleAge(SEED, today).notice()).isEqualTo(notice);
	}

	@Test
	void putsTheYearInTheSocialTitleOnceTheArticleIsAYearOld() {
		assertThat(new ArticleAge(SEED, LocalDate.of(2018, 12, 12)).socialTitle("Headline")).isEqualTo("Headline");
		assertThat(new ArticleAge(SEED, LocalDate.of(2018, 12, 13)).socialTitle("Headline"))
			.isEqualTo("Headline (2017)");
	}

	/**
	 * Day by day over thirteen years: the words change tomorrow exactly when
	 * {@code nextChange} says tomorrow, and otherwise tomorrow names the same day. So a
	 * page kept until that day is never wrong, and is not let go for nothing.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "2017-12-13", "2016-02-29", "2020-03-01", "2019-02-28", "2023-12-31", "2024-01-01" })
	void theWordsChangeOnTheDayNextChangeNamesAndOnNoOther(LocalDate published) {
		for (LocalDate today = published.minusDays(400); today.isBefore(published.plusYears(12)); today = today
			.plusDays(1)) {
			LocalDate tomorrow = today.plusDays(1);
			ArticleAge age = new ArticleAge(published, today);
			boolean changesTomorrow = !Objects.equals(age.notice(), new ArticleAge(published, tomorrow).notice());

			assertThat(age.nextChange()).as("after %s", today).isAfter(today);
			assertThat(changesTomorrow).as("the words change on %s", tomorrow).isEqualTo(age.nextChange().equals(tomorrow));
			if (!changesTomorrow) {
				assertThat(new ArticleAge(published, tomorrow).nextChange()).as("from %s", tomorrow)
					.isEqualTo(age.nextChange());
			}
		}
	}

	@Test
	void aLeapDaysArticleTurnsAYearOlderOnTheFirstOfMarch() {
		LocalDate leapDay = LocalDate.of(2016, 2, 29);

		assertThat(new ArticleAge(leapDay, LocalDate.of(2017, 2, 28)).notice()).isNull();
		assertThat(new ArticleAge(leapDay, LocalDate.of(2017, 2, 28)).nextChange()).isEqualTo(LocalDate.of(2017, 3, 1));
		assertThat(new ArticleAge(leapDay, LocalDate.of(2020, 2, 29)).notice())
			.isEqualTo("Published in 2016 — more than 4 years ago");
	}

}
