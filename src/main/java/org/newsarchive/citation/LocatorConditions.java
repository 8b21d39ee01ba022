package org.newsarchive.citation;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adapts an official CSL style to what citeproc-java 3.5 leaves undone for a pinpoint
 * citation of a paragraph, the one locator the archive cites, so that each style gives
 * the paragraph in its own form ("para. 7"), as citeproc-js (Zotero's) does:
 * <ul>
 * <li>it does not evaluate the {@code locator="…"} condition ({@code SIf}: "TODO support
 * this condition"), so APA's {@code <if locator="page paragraph">} never holds and it
 * writes "Paragraph 7"; here each such condition is decided for a paragraph, becoming a
 * test of whether there is a locator at all ({@code variable="locator"}) or of there
 * being none;</li>
 * <li>it writes a short label and its number side by side with nothing between
 * ("para.7") where a style groups them without a delimiter, as MLA's does; here such a
 * group is given a space.</li>
 * </ul>
 * The style is otherwise read as it is; {@code CitationStyleTests} checks each style's
 * output against its rules.
 */
final class LocatorConditions {

	/** An {@code if} or {@code else-if} that tests the locator's label alone. */
	private static final Pattern CONDITION = Pattern
		.compile("<(if|else-if) locator=\"([^\"]*)\"(?: match=\"(any|all|none)\")?\\s*>");

	private static final Pattern LABEL_THEN_NUMBER = Pattern.compile(
			"<group>(\\s*<label variable=\"locator\" form=\"short\"/>\\s*<text variable=\"locator\"/>\\s*)</group>");

	private static final String LABEL = "paragraph";

	private LocatorConditions() {
	}

	static String forParagraphs(String style) {
		Matcher condition = CONDITION.matcher(style);
		StringBuilder adapted = new StringBuilder(style.length());
		while (condition.find()) {
			List<String> labels = Arrays.asList(condition.group(2).trim().split("\\s+"));
			String match = (condition.group(3) != null) ? condition.group(3) : "all";
			boolean holds = switch (match) {
				case "any" -> labels.contains(LABEL);
				case "none" -> !labels.contains(LABEL);
				default -> labels.stream().allMatch(LABEL::equals);
			};
			String test = holds ? "variable=\"locator\"" : "variable=\"locator\" match=\"none\"";
			condition.appendReplacement(adapted, Matcher.quoteReplacement("<" + condition.group(1) + " " + test + ">"));
		}
		condition.appendTail(adapted);
		return LABEL_THEN_NUMBER.matcher(adapted).replaceAll("<group delimiter=\" \">$1</group>");
	}

}
