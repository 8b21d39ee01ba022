package org.newsarchive.citation;

/**
 * Writes a citation as a RIS record, the import format of EndNote, Zotero, Mendeley and
 * most reference managers: one {@code TAG  - value} a line, CRLF-ended as the format
 * asks, from {@code TY  - NEWS} (a newspaper article) to {@code ER  - }.
 */
final class Ris {

	private Ris() {
	}

	static String record(Citation citation) {
		StringBuilder ris = new StringBuilder(512);
		line(ris, "TY", "NEWS");
		line(ris, "TI", citation.title());
		// The newspaper's name, as Zotero and EndNote read it for a NEWS record.
		line(ris, "T2", citation.publisher());
		if (citation.section() != null) {
			line(ris, "SE", citation.section());
		}
		line(ris, "DA", String.format("%04d/%02d/%02d", citation.published().getYear(),
				citation.published().getMonthValue(), citation.published().getDayOfMonth()));
		line(ris, "PY", Integer.toString(citation.published().getYear()));
		line(ris, "UR", citation.url());
		line(ris, "DB", Citation.ARCHIVE);
		line(ris, "LA", "en");
		line(ris, "N1", citation.note());
		line(ris, "ID", citation.key());
		ris.append("ER  - \r\n");
		return ris.toString();
	}

	/** A field on one line: a value never holds a line break, which would end the field. */
	private static void line(StringBuilder ris, String tag, String value) {
		ris.append(tag).append("  - ").append(value.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ")).append("\r\n");
	}

}
