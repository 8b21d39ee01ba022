package org.newsarchive.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OriginalUrlKeyTests {

	static final String SEED = "https://www.businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms";

	static final String SEED_KEY = "in,businessinsider)/tillersons-new-north-korea-strategy-praised-by-china-and-russia-but-undermined-by-trump/articleshow/62053522.cms";

	@Test
	void writesTheHostBackwardsAndThePathInLowerCase() {
		assertThat(OriginalUrlKey.of(SEED)).isEqualTo(SEED_KEY);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"http://www.businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms",
			"https://businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms",
			"HTTPS://WWW.BusinessInsider.IN/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms",
			"https://www.businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms/",
			"https://www.businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms#comments",
			"https://www.businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms?utm_source=twitter&utm_medium=social",
			"https://www.businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms?fbclid=IwAR0abc&gclid=x",
			"https://www.businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms?",
			"https://www.businessinsider.in:443/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms",
			"http://www.businessinsider.in:80/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms",
			"https://www.businessinsider.in./Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms",
			"https://user:secret@www.businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms",
			"https://www.businessinsider.in//Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/./articleshow/62053522.cms",
			"https://www.businessinsider.in/%54illersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522%2Ecms",
			"https:/www.businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms",
			"www.businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms",
			"  https://www2.businessinsider.in/Tillersons-new-North-Korea-strategy-praised-by-China-and-Russia-but-undermined-by-Trump/articleshow/62053522.cms  " })
	void findsEverySpellingOfTheSeedsOriginalUrl(String variant) {
		assertThat(OriginalUrlKey.of(variant)).isEqualTo(SEED_KEY);
	}

	@Test
	void keepsTheParametersThatNameThePageInOneOrder() {
		assertThat(OriginalUrlKey.of("https://example.org/story?b=2&a=1&utm_campaign=x"))
			.isEqualTo(OriginalUrlKey.of("https://example.org/story?a=1&b=2"))
			.isEqualTo("org,example)/story?a=1&b=2");
		assertThat(OriginalUrlKey.of("https://example.org/story?id=1")).isNotEqualTo(OriginalUrlKey.of("https://example.org/story?id=2"));
		assertThat(OriginalUrlKey.of("https://example.org/story?a=%31&&b")).isEqualTo("org,example)/story?a=1&b");
	}

	@Test
	void tellsOtherPagesApart() {
		assertThat(OriginalUrlKey.of("https://example.org/a")).isNotEqualTo(OriginalUrlKey.of("https://example.org/b"));
		assertThat(OriginalUrlKey.of("https://example.org/a")).isNotEqualTo(OriginalUrlKey.of("https://example.com/a"));
		assertThat(OriginalUrlKey.of("https://example.org:8080/a")).isEqualTo("org,example:8080)/a");
		assertThat(OriginalUrlKey.of("https://news.example.org/a")).isEqualTo("org,example,news)/a");
	}

	@Test
	void writesTheRootAsOneSlash() {
		assertThat(OriginalUrlKey.of("https://www.example.org")).isEqualTo("org,example)/");
		assertThat(OriginalUrlKey.of("https://www.example.org/")).isEqualTo("org,example)/");
	}

	@Test
	void writesOtherCharactersEscapedTheOneWay() {
		assertThat(OriginalUrlKey.of("https://example.org/caf%C3%A9 menu")).isEqualTo("org,example)/caf%C3%A9%20menu")
			.isEqualTo(OriginalUrlKey.of("https://example.org/CAFÉ%20Menu".replace("É", "é")));
		assertThat(OriginalUrlKey.of("https://example.org/100%")).isEqualTo("org,example)/100%25");
		assertThat(OriginalUrlKey.of("https://example.org/a<b>\"c")).isEqualTo("org,example)/a%3Cb%3E%22c");
	}

	@Test
	void writesInternationalHostsInPunycode() {
		assertThat(OriginalUrlKey.of("https://bücher.example/a")).isEqualTo("example,xn--bcher-kva)/a");
	}

	@Test
	void leavesAddressesAsTheyAre() {
		assertThat(OriginalUrlKey.of("http://192.168.0.1/a")).isEqualTo("192.168.0.1)/a");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "javascript:alert(1)", "ftp://example.org/a", "file:///etc/passwd",
			"data:text/html,<script>", "mailto:someone@example.org", "https://", "https://:80/", "https://exa mple.org/",
			"https://exa<mple.org/", "https://[zz]/", "https://ex%00ample.org/" })
	void refusesWhatIsNoHttpUrl(String bad) {
		assertThatIllegalArgumentException().isThrownBy(() -> OriginalUrlKey.of(bad));
	}

	@Test
	void refusesAHugeUrl() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OriginalUrlKey.of("https://example.org/" + "a".repeat(OriginalUrlKey.MAX_LENGTH)));
	}

	@Test
	void takesTimeInProportionToItsLength() {
		String odd = "https://example.org/" + "%%2F%C3/..//.?&=&#".repeat(100);
		long started = System.nanoTime();
		for (int i = 0; i < 1_000; i++) {
			OriginalUrlKey.of(odd);
		}
		assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
	}

}
