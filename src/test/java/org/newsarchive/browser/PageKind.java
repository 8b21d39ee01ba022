package org.newsarchive.browser;

import org.newsarchive.Seed;

/** Every kind of page a reader meets, by one address of the seed archive each. */
enum PageKind {

	ARTICLE(Seed.PERMALINK),

	/** The citations of one paragraph, where each paragraph's "Cite" leads. */
	CITATION(Seed.PERMALINK + "/cite?p=7"),

	FRONT("/"),

	TAG(Seed.TAG_PAGE),

	PERSON(Seed.PERSON_PAGE),

	SEARCH("/search?q=Tillerson"),

	NOT_FOUND("/no-such-page", 404),

	TAGS("/tags"),

	PEOPLE("/people"),

	YEAR("/2017"),

	MONTH("/2017/12");

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
