package org.newsarchive.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.HEADLINE;
import static org.newsarchive.Seed.SLUG;

class SlugsTests {

	@Test
	void makesTheSeedsSlugFromItsHeadline() {
		assertThat(Slugs.of(HEADLINE)).isEqualTo(SLUG);
	}

	@Test
	void foldsAccentsAndCutsLongSlugsAtAWord() {
		assertThat(Slugs.of("Élysée talks: “Déjà vu”")).isEqualTo("elysee-talks-deja-vu");
		assertThat(Slugs.of("word ".repeat(40))).hasSizeLessThanOrEqualTo(100).endsWith("word");
	}

}
