package org.newsarchive.citation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.HEADLINE;
import static org.newsarchive.Seed.ORIGINAL_URL;
import static org.newsarchive.Seed.PERMALINK;
import static org.newsarchive.Seed.PUBLISHER;
import static org.newsarchive.Seed.SECTION;
import static org.newsarchive.Seed.SHA256;

/**
 * The seed in the four styles, as the CSL processor formats it with the official styles,
 * compared with references written by hand from each style's rules for an online
 * newspaper article that names no author. Every style turns the headline's straight
 * apostrophe into a typographic one and applies its own capitalisation: a citation is
 * the style's rendering of the facts, the page keeps the headline as scraped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitationStyleTests {

	static final String ARCHIVED = "http://localhost:8080" + PERMALINK;

	static final String TITLE_CASE = "Tillerson’s New North Korea Strategy Praised by China and Russia - but Undermined by Trump";

	static final String SENTENCE_CASE = "Tillerson’s new North Korea strategy praised by China and Russia - but undermined by Trump";

	CitationStyles styles;

	Citation seed;

	@BeforeAll
	void loadTheStyles() {
		this.styles = new CitationStyles();
		this.seed = new Citation(1, HEADLINE, PUBLISHER, LocalDate.of(2017, 12, 13), SECTION, ORIGINAL_URL,
				ARCHIVED, SHA256, LocalDate.of(2026, 11, 27), 0);
	}

	/**
	 * APA 7 (10.1, newspaper article; 9.12, no author): the title moves to the author's
	 * place, in sentence case and not italic, then the date in parentheses (year, month
	 * day), the newspaper in italics, and the URL with no full stop after it. In the text
	 * (8.14), a work with no author is cited by its title in title case within quotation
	 * marks, and the year; a paragraph by "para." (8.13).
	 */
	@Test
	void formatsApa() {
		StyledCitation apa = style(this.seed, CitationStyle.APA);

		assertThat(apa.reference()).isEqualTo(SENTENCE_CASE + ". (2017, December 13). " + PUBLISHER + ". " + ARCHIVED
				+ " (archived by the News Archive on November 27, 2026 from " + ORIGINAL_URL + ")");
		assertThat(apa.referenceHtml()).contains(". <i>" + PUBLISHER + "</i>. ");
		assertThat(apa.inText()).isEqualTo("(“" + TITLE_CASE + ",” 2017)");
		assertThat(style(this.seed.ofBlock(7), CitationStyle.APA).inText()).isEqualTo("(“" + TITLE_CASE + ",” 2017, para. 7)");
	}

	/**
	 * Chicago 17 (14.191, newspapers; 14.207, unsigned articles): in the bibliography the
	 * newspaper's name stands in the author's place, then the headline in headline-style
	 * capitals within quotation marks, the date written month day, year, the section
	 * ("sec. World") and the URL. The note gives the headline first, the newspaper in
	 * italics, the date, the section and, for a pinpoint, "para. 7" (14.157) before the URL.
	 */
	@Test
	void formatsChicago() {
		StyledCitation chicago = style(this.seed, CitationStyle.CHICAGO);

		assertThat(chicago.reference()).isEqualTo(PUBLISHER + ". “" + TITLE_CASE + ".” December 13, 2017, sec. World. "
				+ ARCHIVED + ". Archived by the News Archive on November 27, 2026 from " + ORIGINAL_URL + ".");
		assertThat(chicago.referenceHtml()).startsWith("<i>" + PUBLISHER + "</i>. “");
		assertThat(chicago.inText()).isEqualTo("“" + TITLE_CASE + ",” " + PUBLISHER + ", December 13, 2017, sec. World, "
				+ ARCHIVED + ".");
		assertThat(style(this.seed.ofBlock(7), CitationStyle.CHICAGO).inText()).isEqualTo("“" + TITLE_CASE + ",” "
				+ PUBLISHER + ", December 13, 2017, sec. World, para. 7, " + ARCHIVED + "#p7.");
	}

	/**
	 * MLA 9 (5.32, no author: the entry begins with the title): the title in quotation
	 * marks, the newspaper in italics as the container, the date day month year with the
	 * month abbreviated ("13 Dec. 2017"), the URL. In the text, the title; a paragraph
	 * number after a comma. The official CSL style abbreviates paragraph as the CSL locale
	 * does, "para." (the handbook writes "par.").
	 */
	@Test
	void formatsMla() {
		StyledCitation mla = style(this.seed, CitationStyle.MLA);

		assertThat(mla.reference()).isEqualTo("“" + TITLE_CASE + ".” " + PUBLISHER + ", 13 Dec. 2017, " + ARCHIVED
				+ ". Archived by the News Archive on 27 Nov. 2026 from " + ORIGINAL_URL + ".");
		assertThat(mla.referenceHtml()).contains(" <i>" + PUBLISHER + "</i>, 13 Dec. 2017");
		assertThat(mla.inText()).isEqualTo("(“" + TITLE_CASE + "”)");
		assertThat(style(this.seed.ofBlock(7), CitationStyle.MLA).inText()).isEqualTo("(“" + TITLE_CASE + ",” para. 7)");
	}

	/**
	 * Harvard, Cite Them Right 12th edition (newspaper articles; no author: the
	 * newspaper's name in the author's place): the newspaper in italics, the year in
	 * parentheses, the headline in single quotation marks and in sentence case, the day
	 * and month, then "Available at:" and the URL. In British English: single quotation
	 * marks, dates day month year. In the text, the newspaper and the year; a paragraph by
	 * "para.".
	 */
	@Test
	void formatsHarvard() {
		StyledCitation harvard = style(this.seed, CitationStyle.HARVARD);

		assertThat(harvard.reference()).isEqualTo(PUBLISHER + " (2017) ‘" + SENTENCE_CASE + "’, 13 December. Available at: "
				+ ARCHIVED + ". Archived by the News Archive on 27 November 2026 from " + ORIGINAL_URL + ".");
		assertThat(harvard.referenceHtml()).startsWith("<i>" + PUBLISHER + "</i> (2017)");
		assertThat(harvard.inText()).isEqualTo("(" + PUBLISHER + ", 2017)");
		assertThat(style(this.seed.ofBlock(7), CitationStyle.HARVARD).inText()).isEqualTo("(" + PUBLISHER + ", 2017, para. 7)");
	}

	@Test
	void citesAParagraphAtItsAnchorInEveryReference() {
		for (StyledCitation styled : this.styles.format(this.seed.ofBlock(7))) {
			assertThat(styled.reference()).as(styled.style().name()).contains(ARCHIVED + "#p7", ORIGINAL_URL);
		}
	}

	@Test
	void addsNoFullStopAfterAHeadlineThatEndsASentence() {
		Citation question = new Citation(7, "Will rates hold?", "The Daily Example", LocalDate.of(2021, 3, 5), null,
				"https://news.example/markets", "https://archive.example/2021/03/05/will-rates-hold", SHA256,
				LocalDate.of(2021, 3, 6), 0);

		assertThat(style(question, CitationStyle.APA).reference()).startsWith("Will rates hold? (2021, March 5).");
		assertThat(style(question, CitationStyle.MLA).reference()).startsWith("“Will Rates Hold?” The Daily Example,");
	}

	@Test
	void escapesAHeadlineOfMarkupInTheHtmlAndKeepsItInTheText() {
		Citation markup = new Citation(7, "<script>alert(1)</script> & \"friends\"", "R&D <Weekly>",
				LocalDate.of(2021, 3, 5), null, "https://news.example/a?b=1&c=<2>",
				"https://archive.example/2021/03/05/markup", SHA256, LocalDate.of(2021, 3, 6), 0);

		for (StyledCitation styled : this.styles.format(markup)) {
			String html = styled.referenceHtml().replace("<i>", "").replace("</i>", "");
			// Title case makes it <Script> in some styles.
			assertThat(html).as(styled.style().name()).doesNotContain("<", ">")
				.containsIgnoringCase("&lt;script&gt;")
				.contains("&amp;");
			assertThat(styled.reference()).as(styled.style().name()).containsIgnoringCase("<script>").contains("R&D");
		}
	}

	@Test
	void offersTheStylesInOneOrder() {
		assertThat(this.styles.format(this.seed)).extracting(StyledCitation::style)
			.containsExactly(CitationStyle.APA, CitationStyle.CHICAGO, CitationStyle.MLA, CitationStyle.HARVARD);
	}

	private StyledCitation style(Citation citation, CitationStyle style) {
		List<StyledCitation> styled = this.styles.format(citation);
		return styled.stream().filter((s) -> s.style() == style).findFirst().orElseThrow();
	}

}
