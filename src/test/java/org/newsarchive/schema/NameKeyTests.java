package org.newsarchive.schema;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeyTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Rex Tillerson        | rex tillerson
			  REX   TILLERSON    | rex tillerson
			Ólafsson             | olafsson
			Søren Kierkegaard    | soren kierkegaard
			Kim Jong-un          | kim jong un
			"Kim Jong Un"        | kim jong un
			O’Brien              | obrien
			O'Brien              | obrien
			Straße               | strasse
			Lu Kang!?            | lu kang
			""")
	void foldsANameAsSearchReadsIt(String name, String key) {
		assertThat(NameKey.of(name)).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource({ "'  '", "'-'", "'\"\"'", "'***'" })
	void keysANameWithoutLettersAsEmpty(String name) {
		assertThat(NameKey.of(name)).isEmpty();
	}

}
