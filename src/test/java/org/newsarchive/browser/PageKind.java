package org.newsarchive.browser;

import org.newsarchive.CapturedTwice;
import org.newsarchive.Seed;

/** Every kind of page a reader meets, by one address of the seed archive (and {@link CapturedTwice}) each. */
enum PageKind {

	ARTICLE(Seed.PERMALINK),

	/** The citations of one paragraph, where each paragraph's "Cite" leads. */
	CITATION(Seed.PERMALINK + "/cite?p=7"),

	FRONT("/"),

	TAG(Seed.TAG_PAGE),

	PERSON(Seed.PERSON_PAGE),

	SEARCH("/search?q=Tillerson"),

	/** A search narrowed by an order, dates and two facets: the choices with their remove links, and the facets. */
	SEARCH_NARROWED("/search?q=Tillerson&sort=newest&from=2017&to=2017-12&tag=" + Seed.TAG + "&person=" + Seed.PERSON),

	/** A value the search cannot read: the 400 page keeps the form. */
	SEARCH_REFUSED("/search?q=Tillerson&sort=random", 400),

	NOT_FOUND("/no-such-page", 404),

	TAGS("/tags"),

	PEOPLE("/people"),

	YEAR("/2017"),

	MONTH("/2017/12"),

	DAY("/2017/12/13"),

	ON_THIS_DAY("/on-this-day/12-13"),

	CAPTURE(CapturedTwice.EARLIER),

	COMPARE(CapturedTwice.COMPARE),

	LOOKUP("/lookup?url=" + CapturedTwice.URL_ENCODED),

	LOOKUP_NONE("/lookup?url=https%3A%2F%2Fexample.org%2Fnone", 404);

	final String path;

	final int status;

	PageKind(String path) {
		this(path, 200);
	}

	PageKind(String path, int status) {
		this.path = path;
		this.status = status;
	}

	String fileName() {
		return name().toLowerCase().replace('_', '-');
	}

}
