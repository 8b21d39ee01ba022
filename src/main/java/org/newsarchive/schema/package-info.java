/**
 * The contract between the import and the pages: the rules the rows of
 * {@code db/schema} are written by and read by, kept once, in plain Java (no Spring).
 * The import encodes with them; the read side, the search index and the API decode
 * with the same code.
 */
package org.newsarchive.schema;
