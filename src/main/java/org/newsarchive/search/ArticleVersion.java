package org.newsarchive.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * Which import of an article a document was made from: its id and the article's
 * {@code import_sha256}, which changes exactly when an import rewrites the article. Each
 * document carries it as one indexed term, the id zero-padded so that the terms sort as
 * the ids do: the index can be walked in id order beside the database's articles.
 *
 * @param id the article's editorial id
 * @param importSha256 the hash of what the import read for it
 */
record ArticleVersion(long id, String importSha256) {

	private static final int ID_DIGITS = 19;

	/** The version a term of the {@link SearchIndex#VERSION} field names. */
	static ArticleVersion of(BytesRef term) {
		String text = term.utf8ToString();
		return new ArticleVersion(Long.parseLong(text, 0, ID_DIGITS, 10), text.substring(ID_DIGITS));
	}

	String text() {
		return String.format("%0" + ID_DIGITS + "d", this.id) + this.importSha256;
	}

	Term term() {
		return new Term(SearchIndex.VERSION, text());
	}

}
