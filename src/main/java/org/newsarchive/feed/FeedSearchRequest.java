package org.newsarchive.feed;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.newsarchive.search.SearchSort;

/**
 * A search request as its feed asks it of {@code SearchRequests}: newest first when it
 * names no order, since a feed reader follows what is new, and always the first page,
 * since a feed has only one. Only the values of its parameters differ.
 */
final class FeedSearchRequest extends HttpServletRequestWrapper {

	private static final String[] NEWEST = { SearchSort.NEWEST.value() };

	FeedSearchRequest(HttpServletRequest request) {
		super(request);
	}

	@Override
	public String[] getParameterValues(String name) {
		String[] values = super.getParameterValues(name);
		return switch (name) {
			case "sort" -> (values == null || values.length == 0 || values[0].isEmpty()) ? NEWEST.clone() : values;
			case "page" -> null;
			default -> values;
		};
	}

	@Override
	public String getParameter(String name) {
		String[] values = getParameterValues(name);
		return (values != null && values.length > 0) ? values[0] : null;
	}

}
