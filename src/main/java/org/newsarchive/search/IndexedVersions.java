package org.newsarchive.search;

import java.io.IOException;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The {@link ArticleVersion}s of an index's live documents, in id order, one at a time:
 * a walk over the terms of the {@link SearchIndex#VERSION} field of every segment. A
 * term can outlive its document (deleted, not yet merged away), so each is checked
 * against the live documents.
 */
final class IndexedVersions {

	private final TermsEnum terms;

	private final Bits liveDocs;

	private PostingsEnum postings;

	IndexedVersions(IndexReader reader) throws IOException {
		Terms versions = MultiTerms.getTerms(reader, SearchIndex.VERSION);
		this.terms = (versions != null) ? versions.iterator() : TermsEnum.EMPTY;
		this.liveDocs = MultiBits.getLiveDocs(reader);
	}

	/** The next version, or {@code null} after the last. */
	ArticleVersion next() throws IOException {
		for (BytesRef term = this.terms.next(); term != null; term = this.terms.next()) {
			if (hasLiveDocument()) {
				return ArticleVersion.of(term);
			}
		}
		return null;
	}

	private boolean hasLiveDocument() throws IOException {
		this.postings = this.terms.postings(this.postings, PostingsEnum.NONE);
		for (int doc = this.postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = this.postings.nextDoc()) {
			if (this.liveDocs == null || this.liveDocs.get(doc)) {
				return true;
			}
		}
		return false;
	}

}
