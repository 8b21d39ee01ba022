package org.newsarchive.article;

/** An article's source text, byte for byte, with the SHA-256 that is its ETag. */
record ArchivedSource(byte[] bytes, String sha256) {
}
