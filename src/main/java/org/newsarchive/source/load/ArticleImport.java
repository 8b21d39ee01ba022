package org.newsarchive.source.load;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsarchive.schema.SortKey;
import org.newsarchive.source.Metadata;
import org.newsarchive.source.MentionFinder.Mention;
import org.newsarchive.source.QuoteExtractor.Quote;
import org.newsarchive.source.SourceText;

/**
 * One article ready to be written: its parsed source, its metadata, the images of its
 * photos, and the people it names, all by block number.
 *
 * @param importSha256 a hash of everything the import reads for this article
 * @param originalKey its original URL as captures are compared ({@code OriginalUrlKey})
 * @param mentions the people named in each block's text
 * @param photoPeople the people named in each photo's label
 * @param quotes the direct quotes of its paragraphs
 */
record ArticleImport(String sourceName, byte[] sourceBytes, String sourceSha256, String importSha256,
		String originalKey, Metadata metadata, SourceText text, String slug, Map<Integer, List<ImageRow>> images,
		Map<Integer, List<Mention>> mentions, Map<Integer, Set<String>> photoPeople, List<Quote> quotes) {

	long sortKey() {
		return SortKey.of(this.metadata.published(), this.metadata.id());
	}

	String permalink() {
		return this.metadata.published() + "/" + this.slug;
	}

}
