package org.newsarchive.citation;

/**
 * A citation in one style, as the style's CSL processor formats it.
 *
 * @param reference the entry of a reference list or bibliography, as plain text
 * @param referenceHtml the same entry as HTML, italics kept (escaped text and {@code <i>} only)
 * @param inText how the text cites it: a parenthetical citation, or a note; for a
 * pinpoint citation, with the paragraph in the style's own form ("para. 7")
 */
public record StyledCitation(CitationStyle style, String reference, String referenceHtml, String inText) {
}
