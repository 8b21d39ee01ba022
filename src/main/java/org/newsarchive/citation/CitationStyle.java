package org.newsarchive.citation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The styles citations are offered in, each an official CSL style: its file in the
 * styles' distribution, the name readers know it by, and how the text cites a source in
 * it (in parentheses, or in a note).
 */
public enum CitationStyle {

	/** APA's references end with the URL, never a full stop: the capture follows in parentheses. */
	APA("apa", "APA (7th edition)", "In the text", "MMMM d, yyyy", " (archived by the News Archive on %s from %s)"),

	CHICAGO("chicago-fullnote-bibliography", "Chicago (17th edition, notes and bibliography)", "In a note",
			"MMMM d, yyyy", " Archived by the News Archive on %s from %s."),

	/** MLA abbreviates the longer months: 27 Nov. 2026. */
	MLA("modern-language-association", "MLA (9th edition)", "In the text", "d MMMM yyyy",
			" Archived by the News Archive on %s from %s."),

	HARVARD("harvard-cite-them-right", "Harvard (Cite Them Right, 12th edition)", "In the text", "d MMMM yyyy",
			" Archived by the News Archive on %s from %s.");

	private static final List<String> SHORT_MONTHS = List.of("May", "June", "July");

	private final String file;

	private final String label;

	private final String inTextLabel;

	private final DateTimeFormatter date;

	private final String archival;

	CitationStyle(String file, String label, String inTextLabel, String date, String archival) {
		this.file = file;
		this.label = label;
		this.inTextLabel = inTextLabel;
		this.date = DateTimeFormatter.ofPattern(date, Locale.ENGLISH);
		this.archival = archival;
	}

	/**
	 * What the reference adds after the style's entry: when and where from the archive took
	 * the text. The styles have no element for an archived copy's capture (a retrieval
	 * date is the reader's), so it is said in words, with the date as the style writes dates.
	 */
	String archival(LocalDate archived, String originalUrl) {
		return String.format(this.archival, dateText(archived), originalUrl);
	}

	String dateText(LocalDate day) {
		if (this != MLA) {
			return this.date.format(day);
		}
		// MLA writes May, June and July in full, abbreviates the others with a full stop, September as Sept.
		String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		String written = SHORT_MONTHS.contains(month) ? month
				: (month.equals("September") ? "Sept" : month.substring(0, 3)) + ".";
		return day.getDayOfMonth() + " " + written + " " + day.getYear();
	}

	/** The style's CSL file, on the class path as the styles' jar holds it. */
	String file() {
		return this.file;
	}

	public String label() {
		return this.label;
	}

	/** Where the short citation stands: in the text, or in a note. */
	public String inTextLabel() {
		return this.inTextLabel;
	}

	/** The style's name in the API: {@code apa}, {@code chicago}, {@code mla}, {@code harvard}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
