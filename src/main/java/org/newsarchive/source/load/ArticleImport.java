package org.newsarchive.source.load;

import java.util.List;
import java.util.Map;

import org.newsarchive.source.Metadata;
import org.newsarchive.source.SourceText;

/**
 * One article ready to be written: its parsed source, its metadata and the images of
 * its photos (by block number).
 *
 * @param importSha256 a hash of everything the import reads for this article
 */
record ArticleImport(String sourceName, byte[] sourceBytes, String sourceSha256, String importSha256,
		Metadata metadata, SourceText text, String slug, Map<Integer, List<ImageRow>> images) {

	String permalink() {
		return this.metadata.published() + "/" + this.slug;
	}

}
