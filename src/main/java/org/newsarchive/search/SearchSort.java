package org.newsarchive.search;

import java.util.Locale;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/** The orders a search's hits come in: best match first, or by date of publication. */
public enum SearchSort {

	RELEVANCE("Best match first", null),
	NEWEST("Newest first", new Sort(new SortField(SearchIndex.SORT_KEY, SortField.Type.LONG, true))),
	OLDEST("Oldest first", new Sort(new SortField(SearchIndex.SORT_KEY, SortField.Type.LONG)));

	private final String label;

	/** Null for relevance; else the sort key, which orders by day and then by id, so no two hits tie. */
	private final Sort sort;

	SearchSort(String label, Sort sort) {
		this.label = label;
		this.sort = sort;
	}

	/** The order as the search page names it. */
	public String label() {
		return this.label;
	}

	Sort sort() {
		return this.sort;
	}

	/** Its value in an address: {@code newest}. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The order a value names, or null if it names none. */
	static SearchSort of(String value) {
		for (SearchSort sort : values()) {
			if (sort.value().equals(value)) {
				return sort;
			}
		}
		return null;
	}

}
