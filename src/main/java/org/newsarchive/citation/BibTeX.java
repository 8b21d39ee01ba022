package org.newsarchive.citation;

/**
 * Writes a citation as a BibTeX entry. Text is escaped for LaTeX; braces become
 * {@code \textbraceleft{}} rather than {@code \{}, since BibTeX counts a brace after a
 * backslash too, and a headline with a lone brace would leave the entry unbalanced.
 */
final class BibTeX {

	private BibTeX() {
	}

	static String entry(Citation citation) {
		StringBuilder entry = new StringBuilder("@online{").append(citation.key()).append(",\n");
		// Double braces keep the headline's capitals: BibTeX styles lowercase titles.
		field(entry, "title", "{" + escape(citation.title()) + "}");
		field(entry, "organization", escape(citation.publisher()));
		field(entry, "date", citation.published().toString());
		field(entry, "year", Integer.toString(citation.published().getYear()));
		field(entry, "url", url(citation.url()));
		entry.append("  note = {").append(escape(citation.note())).append("}\n}\n");
		return entry.toString();
	}

	private static void field(StringBuilder entry, String name, String value) {
		entry.append("  ").append(name).append(" = {").append(value).append("},\n");
	}

	/** Escapes LaTeX's special characters in text. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\textbackslash{}");
				case '{' -> escaped.append("\\textbraceleft{}");
				case '}' -> escaped.append("\\textbraceright{}");
				case '~' -> escaped.append("\\textasciitilde{}");
				case '^' -> escaped.append("\\textasciicircum{}");
				case '%', '&', '$', '#', '_' -> escaped.append('\\').append(c);
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/**
	 * A URL for the {@code url} field, which biblatex reads verbatim: escaping would show
	 * the backslashes. Only what could unbalance the entry is percent-encoded.
	 */
	static String url(String url) {
		return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D");
	}

}
