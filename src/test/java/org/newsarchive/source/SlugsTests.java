package org.newsarchive.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void makesTheSeedsSlugFromItsHeadline() {
		assertThat(Slugs.of("Tillerson's new North Korea strategy praised by China and Russia - but undermined by Trump"))
			.isEqualTo("tillersons-new-north-korea-strategy-praised-by-china-and-russia-but-undermined-by-trump");
	}

	@Test
	void foldsAccentsAndCutsLongSlugsAtAWord() {
		assertThat(Slugs.of("Élysée talks: “Déjà vu”")).isEqualTo("elysee-talks-deja-vu");
		assertThat(Slugs.of("word ".repeat(40))).hasSizeLessThanOrEqualTo(100).endsWith("word");
	}

}
