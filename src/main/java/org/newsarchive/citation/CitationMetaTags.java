package org.newsarchive.citation;

import java.util.ArrayList;
import java.util.List;

import org.newsarchive.web.MetaTag;

/**
 * The tags reference managers read in an article page's head, so that one click saves
 * a newspaper article: Highwire Press {@code citation_*} (Google Scholar's, Zotero's),
 * Dublin Core {@code DC.*} and PRISM's publication name.
 * <p>
 * No {@code citation_journal_title}: Zotero's Embedded Metadata translator takes that
 * tag to mean a journal article, and lets it decide the item's type before any other.
 * The newspaper's name is {@code prism.publicationName}, which Zotero reads as the
 * publication; {@code DC.type} {@code NewsItem} (the Eprints type vocabulary's) makes
 * the item a newspaper article, and {@code article:section} gives its section.
 */
final class CitationMetaTags {

	private CitationMetaTags() {
	}

	static List<MetaTag> of(Citation citation) {
		String date = citation.published().toString();
		List<MetaTag> tags = new ArrayList<>();
		tags.add(MetaTag.named("citation_title", citation.title()));
		tags.add(MetaTag.named("citation_publication_date", date.replace('-', '/')));
		tags.add(MetaTag.named("citation_publisher", citation.publisher()));
		tags.add(MetaTag.named("citation_public_url", citation.permalink()));
		tags.add(MetaTag.named("citation_fulltext_html_url", citation.permalink()));
		tags.add(MetaTag.named("citation_language", "en"));
		tags.add(MetaTag.named("prism.publicationName", citation.publisher()));
		if (citation.section() != null) {
			tags.add(MetaTag.property("article:section", citation.section()));
		}
		tags.add(MetaTag.named("DC.title", citation.title()));
		tags.add(MetaTag.named("DC.date", date));
		tags.add(MetaTag.named("DC.publisher", citation.publisher()));
		tags.add(MetaTag.named("DC.identifier", citation.permalink()));
		tags.add(MetaTag.named("DC.type", "NewsItem"));
		tags.add(MetaTag.named("DC.source", citation.originalUrl()));
		tags.add(MetaTag.named("DC.language", "en"));
		return List.copyOf(tags);
	}

}
