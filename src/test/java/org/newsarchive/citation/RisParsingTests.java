package org.newsarchive.citation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.HEADLINE;
import static org.newsarchive.Seed.ORIGINAL_URL;
import static org.newsarchive.Seed.PERMALINK;
import static org.newsarchive.Seed.PUBLISHER;
import static org.newsarchive.Seed.SECTION;
import static org.newsarchive.Seed.SHA256;
import static org.newsarchive.Seed.SLUG;

/**
 * The seed's {@code cite.ris}, read back by a parse of the format's own: every line a tag
 * of two capitals or a capital and a digit, two spaces, a hyphen and a space, then the
 * value; the record opens with {@code TY} and closes with {@code ER}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RisParsingTests {

	static final String ARCHIVED = "http://localhost:8080" + PERMALINK;

	/** A RIS line: the tag, exactly two spaces, a hyphen, a space, and the value to the line's end. */
	static final Pattern LINE = Pattern.compile("([A-Z][A-Z0-9])  - (.*)");

	@Autowired
	MockMvcTester mvc;

	@Test
	void servesTheSeedAsOneNewspaperArticleRecord() {
		MvcTestResult result = this.mvc.get().uri(PERMALINK + "/cite.ris").exchange();

		assertThat(result).hasStatusOk()
			.hasContentType("application/x-research-info-systems;charset=UTF-8")
			.hasHeader("Content-Disposition", "inline; filename=\"" + SLUG + ".ris\"");
		List<Map.Entry<String, String>> fields = parse(text(result));
		assertThat(fields.get(0)).isEqualTo(Map.entry("TY", "NEWS"));
		assertThat(fields.get(fields.size() - 1)).isEqualTo(Map.entry("ER", ""));
		Map<String, String> record = first(fields);
		assertThat(record).containsEntry("TI", HEADLINE)
			.containsEntry("T2", PUBLISHER)
			.containsEntry("SE", SECTION)
			.containsEntry("DA", "2017/12/13")
			.containsEntry("PY", "2017")
			.containsEntry("UR", ARCHIVED)
			.containsEntry("DB", "News Archive")
			.containsEntry("ID", "newsarchive-1")
			.doesNotContainKey("AU");
		assertThat(record.get("N1")).contains(ORIGINAL_URL, SHA256);
	}

	@Test
	void endsEveryLineWithCrLfAsTheFormatAsks() {
		String ris = text(this.mvc.get().uri(PERMALINK + "/cite.ris").exchange());

		assertThat(ris).endsWith("ER  - \r\n");
		assertThat(ris.replace("\r\n", "")).doesNotContain("\n", "\r");
	}

	@Test
	void citesOneParagraphAtItsAnchor() {
		MvcTestResult result = this.mvc.get().uri(PERMALINK + "/cite.ris?p=7").exchange();

		assertThat(result).hasStatusOk()
			.hasHeader("Content-Disposition", "inline; filename=\"" + SLUG + "-p7.ris\"");
		Map<String, String> record = first(parse(text(result)));
		assertThat(record).containsEntry("UR", ARCHIVED + "#p7").containsEntry("ID", "newsarchive-1-p7");
		assertThat(record.get("N1")).startsWith("Paragraph 7.");
	}

	@Test
	void keepsAHeadlineWithALineBreakOnOneLine() {
		Citation citation = new Citation(7, "Two\nlines\r\nof headline", "P", java.time.LocalDate.of(2021, 3, 5), null,
				"https://news.example/", "https://archive.example/2021/03/05/x", "abc");

		assertThat(first(parse(citation.ris()))).containsEntry("TI", "Two lines of headline");
	}

	private static String text(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The record's fields in order; fails on any line that is not a RIS field. */
	private static List<Map.Entry<String, String>> parse(String ris) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		for (String line : ris.split("\r\n")) {
			Matcher field = LINE.matcher(line);
			assertThat(field.matches()).as("a RIS line: [%s]", line).isTrue();
			fields.add(Map.entry(field.group(1), field.group(2)));
		}
		return fields;
	}

	/** Each tag's first value. */
	private static Map<String, String> first(List<Map.Entry<String, String>> fields) {
		Map<String, String> record = new LinkedHashMap<>();
		fields.forEach((field) -> record.putIfAbsent(field.getKey(), field.getValue()));
		return record;
	}

}
