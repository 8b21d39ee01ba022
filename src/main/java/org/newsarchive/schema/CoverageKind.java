package org.newsarchive.schema;

/** Whose months a row of the {@code coverage} table counts, as its {@code kind} column spells it. */
public enum CoverageKind {

	/** The whole archive's (key slug {@code ""}). */
	ALL,

	/** A tag's (key slug: the tag's). */
	TAG,

	/** A person's (key slug: the person's). */
	PERSON

}
