package org.newsarchive.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a page that depends on the day (an article that says how old it is) tells the
 * page cache: the moment it stops being true. The cache lets it go then, and the
 * {@code Cache-Control} it serves the page with never lets a CDN or browser keep it past
 * that moment either; every other page is kept until the next import, as before.
 */
public final class PageExpiry {

	static final String ATTRIBUTE = PageExpiry.class.getName();

	private PageExpiry() {
	}

	/** Marks the page being rendered for this request as true until {@code expires}. */
	public static void at(HttpServletRequest request, Instant expires) {
		request.setAttribute(ATTRIBUTE, expires);
	}

	/** When the page rendered for this request stops being true, or null if it never does. */
	static Instant of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof Instant expires) ? expires : null;
	}

}
