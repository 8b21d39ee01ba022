package org.newsarchive.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoCreditTests {

	@ParameterizedTest
	@ValueSource(strings = { "REUTERS/Francois Lenoir", "Ahn Young-joon/AP", "Andrew Harrer-Pool/Getty Images",
			"Getty Images", "AP Photo/Ahn Young-joon", "Kevin Lamarque/Reuters", "KCNA/Handout via REUTERS",
			"Chip Somodevilla/Getty Images", "Saul Loeb/AFP", "Jacquelyn Martin/AP Photo", "Reuters",
			"François Lenoir/Reuters", "Shutterstock" })
	void recognisesCreditsInTheirUsualShapes(String line) {
		assertThat(PhotoCredit.isCredit(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Rex Tillerson", "Trump kim jong un", "The White House is unmoved",
			"Rex Tillerson.", "He said it was a win/win for AP.", "Reuters reported the talks on Tuesday, officials said.",
			"US/China relations", "" })
	void rejectsLabelsHeadingsAndSentences(String line) {
		assertThat(PhotoCredit.isCredit(line)).isFalse();
	}

}
