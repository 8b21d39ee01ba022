package org.newsarchive.citation;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.HEADLINE;
import static org.newsarchive.Seed.PERMALINK;
import static org.newsarchive.Seed.PUBLISHED;
import static org.newsarchive.Seed.PUBLISHER;
import static org.newsarchive.Seed.SHA256;

/** The BibTeX read back by a BibTeX parser, jbibtex: the seed's {@code cite.bib}, and a headline full of specials. */
@SpringBootTest
@AutoConfigureMockMvc
class BibTeXParsingTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void parsesTheSeedsEntryWithItsTitleUrlAndDate() throws Exception {
		String bibtex = this.mvc.get().uri(PERMALINK + "/cite.bib").exchange().getResponse().getContentAsString();

		BibTeXEntry entry = onlyEntry(bibtex);
		assertThat(entry.getType()).isEqualTo(new Key("online"));
		assertThat(entry.getKey()).isEqualTo(new Key("newsarchive-1"));
		assertThat(field(entry, "title")).isEqualTo("{" + HEADLINE + "}");
		assertThat(field(entry, "url")).isEqualTo("http://localhost:8080" + PERMALINK);
		assertThat(field(entry, "date")).isEqualTo(PUBLISHED);
		assertThat(field(entry, "year")).isEqualTo("2017");
		assertThat(field(entry, "organization")).isEqualTo(PUBLISHER);
		assertThat(field(entry, "note")).contains("articleshow/62053522.cms", SHA256);
		assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR)).isNull();
	}

	@Test
	void parsesAHeadlineOfSpecialCharactersBackToItsText() throws Exception {
		String headline = "Profits up 50% & $5 #1 for A_B";
		Citation citation = new Citation(7, headline, "R&D Weekly", LocalDate.of(2021, 3, 5), null,
				"https://news.example/a_b?x=1&y=%20#top", "https://archive.example/2021/03/05/profits", "abc");

		BibTeXEntry entry = onlyEntry(citation.bibtex());
		assertThat(field(entry, "title")).isEqualTo("{Profits up 50\\% \\& \\$5 \\#1 for A\\_B}");
		assertThat(text(entry, "title")).isEqualTo(headline);
		assertThat(text(entry, "organization")).isEqualTo("R&D Weekly");
	}

	@Test
	void parsesAHeadlineWithBracesBackslashTildeAndCaret() throws Exception {
		Citation citation = new Citation(7, "a {lone brace ~ ^ \\ }}", "P", LocalDate.of(2021, 3, 5), null,
				"https://news.example/", "https://archive.example/2021/03/05/x", "abc");

		BibTeXEntry entry = onlyEntry(citation.bibtex());
		assertThat(field(entry, "title")).isEqualTo("{a \\textbraceleft{}lone brace \\textasciitilde{} "
				+ "\\textasciicircum{} \\textbackslash{} \\textbraceright{}\\textbraceright{}}");
	}

	/** Parses a BibTeX text strictly: one entry, and no error. */
	private static BibTeXEntry onlyEntry(String bibtex) throws Exception {
		BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bibtex));
		Map<Key, BibTeXEntry> entries = database.getEntries();
		assertThat(entries).hasSize(1);
		return entries.values().iterator().next();
	}

	private static String field(BibTeXEntry entry, String name) {
		return entry.getField(new Key(name)).toUserString();
	}

	/** A field as LaTeX typesets it: escapes resolved, braces gone, {@code '} turned into ’. */
	private static String text(BibTeXEntry entry, String name) throws Exception {
		return new LaTeXPrinter().print(new LaTeXParser().parse(field(entry, name)));
	}

}
