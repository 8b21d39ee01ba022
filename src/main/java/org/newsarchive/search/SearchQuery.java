package org.newsarchive.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.newsarchive.web.Links;

/**
 * What a search asks for: its words, the page, the order, a date range, and the facet
 * values that narrow it, read from the parameters of a request and checked before any
 * search runs. Anything it cannot read is refused with a sentence saying why, never
 * guessed at. It also writes the addresses of the searches around it (another page, a
 * facet chosen or removed), always in one order, so one search has one address.
 *
 * @param text the words, trimmed; empty when none were given
 * @param from the start of the date range as given ({@code 2017}, {@code 2017-12},
 * {@code 2017-12-13}), or null
 * @param to the end of the date range as given, or null: a year or a month means its end
 * @param filters the chosen values of each facet that has a parameter, sorted
 */
public record SearchQuery(String text, int page, SearchSort sort, String from, String to,
		Map<Facet, SortedSet<String>> filters) {

	/** How many values of one facet a search may choose. */
	public static final int MAX_VALUES = 5;

	/** How long a facet's value may be: the longest slug or name the archive keeps. */
	public static final int MAX_VALUE_LENGTH = 200;

	private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	/** A request's parameter was not one the search can read. */
	public static final class Refusal extends Exception {

		Refusal(String message) {
			super(message, null, false, false);
		}

	}

	/** A search for words alone, first page, best first. */
	public static SearchQuery of(String text, int page) {
		return new SearchQuery((text != null) ? text.strip() : "", page, SearchSort.RELEVANCE, null, null, Map.of());
	}

	/**
	 * Reads a search from a request's parameters (all the values of each name): the
	 * first value of the words, page, order and dates; every value of a facet.
	 */
	public static SearchQuery parse(Function<String, String[]> parameters) throws Refusal {
		String text = first(parameters, "q");
		SearchSort sort = SearchSort.RELEVANCE;
		String sortValue = first(parameters, "sort");
		if (sortValue != null && !sortValue.isEmpty()) {
			sort = SearchSort.of(sortValue);
			if (sort == null) {
				throw new Refusal("The order must be relevance, newest or oldest.");
			}
		}
		String from = date(parameters, "from");
		String to = date(parameters, "to");
		if (from != null && to != null && start(from).isAfter(end(to))) {
			throw new Refusal("The date range starts (" + from + ") after it ends (" + to + ").");
		}
		Map<Facet, SortedSet<String>> filters = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.FILTERS) {
			SortedSet<String> values = values(parameters, facet);
			if (!values.isEmpty()) {
				filters.put(facet, Collections.unmodifiableSortedSet(values));
			}
		}
		return new SearchQuery((text != null) ? text.strip() : "", page(first(parameters, "page")), sort, from, to,
				Collections.unmodifiableMap(filters));
	}

	private static String first(Function<String, String[]> parameters, String name) {
		String[] values = parameters.apply(name);
		return (values != null && values.length > 0) ? values[0] : null;
	}

	/** A page number that is not one asks for the first page rather than an error. */
	private static int page(String page) {
		try {
			return (page != null) ? Integer.parseInt(page) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/** A date as given, checked; null when none is (an empty field of the form included). */
	private static String date(Function<String, String[]> parameters, String name) throws Refusal {
		String value = first(parameters, name);
		if (value == null || value.isEmpty()) {
			return null;
		}
		String refusal = "The " + name + " date must be a year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD.";
		if (value.length() > 10 || !DATE.matcher(value).matches()) {
			throw new Refusal(refusal);
		}
		try {
			start(value);
			return value;
		}
		catch (DateTimeException ex) {
			throw new Refusal(refusal);
		}
	}

	private static SortedSet<String> values(Function<String, String[]> parameters, Facet facet) throws Refusal {
		SortedSet<String> values = new TreeSet<>();
		String[] given = parameters.apply(facet.dimension());
		if (given == null) {
			return values;
		}
		for (String value : given) {
			if (value.length() > MAX_VALUE_LENGTH) {
				throw new Refusal("A " + facet.dimension() + " is at most " + MAX_VALUE_LENGTH + " characters.");
			}
			if (!value.isBlank()) {
				values.add(value);
			}
			if (values.size() > MAX_VALUES) {
				throw new Refusal("A search may choose at most " + MAX_VALUES + " of each facet.");
			}
		}
		return values;
	}

	/** The first day a date as given stands for: a year's or a month's first. */
	static LocalDate start(String date) {
		return switch (date.length()) {
			case 4 -> Year.parse(date).atDay(1);
			case 7 -> YearMonth.parse(date).atDay(1);
			default -> LocalDate.parse(date);
		};
	}

	/** The last day a date as given stands for: a year's or a month's last. */
	static LocalDate end(String date) {
		return switch (date.length()) {
			case 4 -> Year.parse(date).atMonth(12).atEndOfMonth();
			case 7 -> YearMonth.parse(date).atEndOfMonth();
			default -> LocalDate.parse(date);
		};
	}

	/** Whether anything but the words narrows the search. */
	public boolean narrowed() {
		return this.from != null || this.to != null || !this.filters.isEmpty();
	}

	public SortedSet<String> values(Facet facet) {
		return this.filters.getOrDefault(facet, Collections.emptySortedSet());
	}

	/** This search with one more value of a facet, from its first page. */
	public SearchQuery with(Facet facet, String value) {
		Map<Facet, SortedSet<String>> filters = copy();
		filters.computeIfAbsent(facet, (key) -> new TreeSet<>()).add(value);
		return new SearchQuery(this.text, 1, this.sort, this.from, this.to, filters);
	}

	/** This search without a value of a facet, from its first page. */
	public SearchQuery without(Facet facet, String value) {
		Map<Facet, SortedSet<String>> filters = copy();
		SortedSet<String> values = filters.get(facet);
		if (values != null) {
			values.remove(value);
			if (values.isEmpty()) {
				filters.remove(facet);
			}
		}
		return new SearchQuery(this.text, 1, this.sort, this.from, this.to, filters);
	}

	/** This search over other dates (null for none), from its first page. */
	public SearchQuery dated(String from, String to) {
		return new SearchQuery(this.text, 1, this.sort, from, to, this.filters);
	}

	/** This search for other words, from its first page. */
	public SearchQuery text(String text) {
		return new SearchQuery(text, 1, this.sort, this.from, this.to, this.filters);
	}

	/** This search in another order, from its first page. */
	public SearchQuery sorted(SearchSort sort) {
		return new SearchQuery(this.text, 1, sort, this.from, this.to, this.filters);
	}

	public SearchQuery page(int page) {
		return new SearchQuery(this.text, page, this.sort, this.from, this.to, this.filters);
	}

	private Map<Facet, SortedSet<String>> copy() {
		Map<Facet, SortedSet<String>> filters = new EnumMap<>(Facet.class);
		this.filters.forEach((facet, values) -> filters.put(facet, new TreeSet<>(values)));
		return filters;
	}

	/** The address of this search on the search page. */
	public String href() {
		return href(Links.SEARCH);
	}

	/**
	 * The address of this search's Atom feed, which has one page, and where newest first
	 * goes without saying: a feed reader follows what is new.
	 */
	public String feedHref() {
		return href(Links.SEARCH_FEED, false, SearchSort.NEWEST);
	}

	/**
	 * The address of this search at a path: its parameters in one order (words, order,
	 * dates, facets in {@link Facet#FILTERS} order with their values sorted, page), the
	 * defaults left out, each value form-encoded so that a {@code +} is not read back as
	 * a space.
	 */
	public String href(String path) {
		return href(path, this.page > 1);
	}

	/** The address of this search at a path, with its page number or without it (for the first page). */
	public String href(String path, boolean withPage) {
		return href(path, withPage, SearchSort.RELEVANCE);
	}

	/**
	 * The address of this search at a path whose order goes without saying when it is
	 * another than best match first: the search feed's, newest first.
	 */
	public String href(String path, boolean withPage, SearchSort unsaid) {
		StringJoiner query = new StringJoiner("&", path + "?", "").setEmptyValue(path);
		add(query, "q", this.text.isEmpty() ? null : this.text);
		add(query, "sort", (this.sort != unsaid) ? this.sort.value() : null);
		add(query, "from", this.from);
		add(query, "to", this.to);
		for (Facet facet : Facet.FILTERS) {
			for (String value : values(facet)) {
				add(query, facet.dimension(), value);
			}
		}
		add(query, "page", withPage ? String.valueOf(this.page) : null);
		return query.toString();
	}

	private static void add(StringJoiner query, String name, String value) {
		if (value != null) {
			query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

}
