package org.newsarchive.citation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The citation builder on texts written for the tests. */
class CitationTests {

	static final String SHA = "71a6434886e090a5711e566b1cde419b778d9540ef49f1afe1fd144ab1c70d19";

	@Test
	void writesABibTeXEntry() {
		assertThat(citation("Markets rally as rates hold").bibtex()).isEqualTo("""
				@online{newsarchive-7,
				  title = {{Markets rally as rates hold}},
				  organization = {The Daily Example},
				  date = {2021-03-05},
				  year = {2021},
				  url = {https://archive.example/2021/03/05/markets-rally},
				  note = {Originally published at https://news.example/markets. Source SHA-256: %s.}
				}
				""".formatted(SHA));
	}

	@Test
	void escapesLaTeXsSpecialCharactersInBibTeX() {
		String bibtex = citation("50% & $5 #1 for A_B {yes} ~ ^ \\ end").bibtex();

		assertThat(bibtex).contains("title = {{50\\% \\& \\$5 \\#1 for A\\_B \\textbraceleft{}yes\\textbraceright{}"
				+ " \\textasciitilde{} \\textasciicircum{} \\textbackslash{} end}},");
	}

	@Test
	void keepsTheEntryBalancedAsBibTeXCountsBracesWhateverTheHeadline() {
		for (String headline : new String[] { "A lone { brace", "A lone } brace", "\\{", "}{" }) {
			String bibtex = citation(headline).bibtex();

			int depth = 0;
			for (char c : bibtex.toCharArray()) {
				depth += (c == '{') ? 1 : (c == '}') ? -1 : 0;
				assertThat(depth).as(bibtex).isNotNegative();
			}
			assertThat(depth).as(bibtex).isZero();
		}
	}

	@Test
	void escapesTheOriginalsAddressInTheNoteButNotTheArchivesInTheUrlField() {
		Citation citation = new Citation(7, "Headline", "R&D Weekly", LocalDate.of(2021, 3, 5), null,
				"https://news.example/a_b?x=1&y=%20#top", "https://archive.example/2021/03/05/headline", SHA);

		assertThat(citation.bibtex()).contains("organization = {R\\&D Weekly},",
				"url = {https://archive.example/2021/03/05/headline},",
				"note = {Originally published at https://news.example/a\\_b?x=1\\&y=\\%20\\#top. Source SHA-256:");
	}

	private static Citation citation(String headline) {
		return new Citation(7, headline, "The Daily Example", LocalDate.of(2021, 3, 5), "Business",
				"https://news.example/markets", "https://archive.example/2021/03/05/markets-rally", SHA);
	}

}
