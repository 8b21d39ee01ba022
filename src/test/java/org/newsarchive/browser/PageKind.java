package org.newsarchive.browser;

import org.newsarchive.CapturedTwice;
import org.newsarchive.Seed;

/** Every kind of page a reader meets, by one address of the seed archive (and {@link CapturedTwice}) each. */
enum PageKind {

	ARTICLE(Seed.PERMALINK),

	FRONT("/"),

	TAG(Seed.TAG_PAGE),

	PERSON(Seed.PERSON_PAGE),

	SEARCH("/search?q=Tillerson"),

	NOT_FOUND("/no-such-page", 404),

	TAGS("/tags"),

	PEOPLE("/people"),

	YEAR("/2017"),

	MONTH("/2017/12"),

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
