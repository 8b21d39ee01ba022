package org.newsarchive.search;

import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;

/**
 * What a search can be narrowed by and counts its hits by. Each value of an article
 * goes into the index twice: as a term of its own field, which a filter matches, and as
 * a facet of the doc values, which {@code SortedSetDocValuesFacetCounts} counts without
 * a taxonomy index. Tags and people are named by slug, sections and publishers by name,
 * years as four digits (narrowed by the {@code from} and {@code to} dates, not a
 * parameter of their own).
 */
public enum Facet {

	TAG("tag", "Tag", "Tags"), PERSON("person", "Person", "People"), YEAR("year", "Year", "Years"),
	SECTION("section", "Section", "Sections"), PUBLISHER("publisher", "Publisher", "Publishers");

	/** One config for every document and every count: tags and people are many to an article. */
	static final FacetsConfig CONFIG = config();

	/** Filters (those with a parameter of their own), in the order of a search's address. */
	static final List<Facet> FILTERS = List.of(TAG, PERSON, SECTION, PUBLISHER);

	private final String dimension;

	private final String kind;

	private final String title;

	Facet(String dimension, String kind, String title) {
		this.dimension = dimension;
		this.kind = kind;
		this.title = title;
	}

	/** What one value is: "Tag". */
	public String kind() {
		return this.kind;
	}

	/** The facet's dimension, and the name of its parameter. */
	public String dimension() {
		return this.dimension;
	}

	/** What the values are: "Tags". */
	public String title() {
		return this.title;
	}

	/** Where the index holds the value as a term, for a filter. */
	String field() {
		return "facet." + this.dimension;
	}

	Term term(String value) {
		return new Term(field(), value);
	}

	/** Adds a value of an article; blank values (an article with no section) are not a facet. */
	void add(Document document, String value) {
		if (value != null && !value.isBlank()) {
			document.add(new StringField(field(), value, Field.Store.NO));
			document.add(new SortedSetDocValuesFacetField(this.dimension, value));
		}
	}

	private static FacetsConfig config() {
		FacetsConfig config = new FacetsConfig();
		config.setMultiValued(TAG.dimension, true);
		config.setMultiValued(PERSON.dimension, true);
		// Filters use the terms above: no drill-down terms of the facets' own.
		for (Facet facet : values()) {
			config.setDrillDownTermsIndexing(facet.dimension, FacetsConfig.DrillDownTermsIndexing.NONE);
		}
		return config;
	}

}
