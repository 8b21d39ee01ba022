package org.newsarchive.web;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;

/**
 * The archive's public URL scheme, in one place: the paths every page, feed, sitemap,
 * chart and API answer links to, and the route patterns the controllers map. A path
 * that is built here is the path a controller answers; permalinks never break because
 * nothing else spells them.
 */
public final class Links {

	/** A tag's or a person's slug, as routes take it. */
	public static final String SLUG = "{slug:[a-z0-9-]{1,200}}";

	public static final String HOME = "/";

	public static final String TAGS = "/tags";

	public static final String TAG = TAGS + "/" + SLUG;

	public static final String PEOPLE = "/people";

	public static final String PERSON = PEOPLE + "/" + SLUG;

	public static final String SEARCH = "/search";

	/** The OpenSearch description, by which a browser adds the archive's search to its own. */
	public static final String OPENSEARCH = "/opensearch.xml";

	/** The archive's icon, a static file. */
	public static final String FAVICON = "/favicon.svg";

	public static final String YEAR = "/{year:\\d{4}}";

	public static final String MONTH = YEAR + "/{month:\\d{2}}";

	/** The articles of one day: {@code /yyyy/mm/dd}, a permalink trimmed to its date. */
	public static final String DAY = MONTH + "/{day:\\d{2}}";

	/** An article's permalink: {@code /yyyy/mm/dd/slug}. */
	public static final String ARTICLE = DAY + "/" + SLUG;

	/** Redirects to today's calendar day across the years. */
	public static final String ON_THIS_DAY = "/on-this-day";

	/** One calendar day across the years: {@code /on-this-day/mm-dd}. */
	public static final String ON_THIS_DAY_DATE = ON_THIS_DAY + "/{month:\\d{2}}-{day:\\d{2}}";

	public static final String SHORT_LINK = "/a/{id:\\d{1,18}}";

	public static final String SOURCE = "/source.txt";

	/** Appended to a permalink: the page that cites the article, or one block of it ({@code ?p=7}). */
	public static final String CITE = "/cite";

	/** An earlier capture of an article, below its permalink: {@code /captures/yyyyMMddHHmmss}, UTC, as web archives name them. */
	public static final String CAPTURE = ARTICLE + "/captures/{timestamp:\\d{14}}";

	/** Two captures of an article compared, the earlier first. */
	public static final String COMPARE = ARTICLE + "/compare/{from:\\d{14}}/{to:\\d{14}}";

	/** Memento's TimeGate (RFC 7089): the original URL follows, as it is. */
	public static final String TIMEGATE = "/timegate";

	/** Memento's TimeMaps, in link format and in JSON: the original URL follows. */
	public static final String TIMEMAP_LINK = "/timemap/link";

	public static final String TIMEMAP_JSON = "/timemap/json";

	/** Finds the captures of an original URL: {@code ?url=}. */
	public static final String LOOKUP = "/lookup";

	public static final String BIBTEX = "/cite.bib";

	public static final String RIS = "/cite.ris";

	public static final String CSL_JSON = "/cite.json";

	public static final String IMAGE = "/images/{id:[0-9a-f]{32}}/{name}";

	/** Appended to the home page's, a tag's or a person's path (or the search's): its Atom feed. */
	public static final String FEED = "/feed.xml";

	/** A search as an Atom feed: the search page's parameters, newest first unless it asks otherwise. */
	public static final String SEARCH_FEED = SEARCH + FEED;

	public static final String SITEMAP = "/sitemap.xml";

	public static final String SITEMAP_PART = "/sitemaps/{number:\\d{1,18}}.xml";

	public static final String ROBOTS = "/robots.txt";

	public static final String API = "/api";

	public static final String API_ARTICLES = API + "/articles";

	public static final String API_ARTICLE = API_ARTICLES + "/{id:\\d{1,18}}";

	/** An article's citation: {@code ?p=7} cites its 7th block. */
	public static final String API_CITATION = API_ARTICLE + "/citation";

	public static final String API_TAGS = API + "/tags";

	public static final String API_TAG = API_TAGS + "/" + SLUG;

	public static final String API_PEOPLE = API + "/people";

	public static final String API_PERSON = API_PEOPLE + "/" + SLUG;

	public static final String API_SEARCH = API + "/search";

	public static final String API_LOOKUP = API + "/lookup";

	/** Where the API's description and its UI live: static files, not lower-cased or problem JSON. */
	public static final String[] API_DOCS = { API + "/docs", API + "/swagger-ui" };

	private Links() {
	}

	public static String article(LocalDate published, String slug) {
		return day(published) + "/" + slug;
	}

	/** The anchor of an article's block: {@code p3} for the third. */
	public static String anchor(int position) {
		return "p" + position;
	}

	/** The number of the block an anchor names: 7 for {@code p7}. */
	public static int blockNumber(String anchor) {
		return Integer.parseInt(anchor.substring(1));
	}

	/** A block's place in its article: the permalink with the block's anchor. */
	public static String block(LocalDate published, String slug, int position) {
		return article(published, slug) + "#" + anchor(position);
	}

	/** The page that cites the article at a permalink. */
	public static String cite(LocalDate published, String slug) {
		return article(published, slug) + CITE;
	}

	public static String shortLink(long id) {
		return "/a/" + id;
	}

	public static String source(LocalDate published, String slug) {
		return article(published, slug) + SOURCE;
	}

	/** An earlier capture's page: below the article's permalink, named by its 14-digit UTC timestamp. */
	public static String capture(LocalDate published, String slug, String timestamp) {
		return article(published, slug) + "/captures/" + timestamp;
	}

	/** The comparison of two captures of the article at a permalink. */
	public static String compare(String permalink, String from, String to) {
		return permalink + "/compare/" + from + "/" + to;
	}

	public static String timegate(String originalUrl) {
		return TIMEGATE + "/" + originalUrl;
	}

	public static String timemapLink(String originalUrl) {
		return TIMEMAP_LINK + "/" + originalUrl;
	}

	public static String timemapJson(String originalUrl) {
		return TIMEMAP_JSON + "/" + originalUrl;
	}

	/** Whether a path is a Memento endpoint's, whose rest is an original URL spelt as the client spelt it. */
	public static boolean isMemento(String path) {
		return path.startsWith(TIMEGATE + "/") || path.startsWith(TIMEMAP_LINK + "/") || path.startsWith(TIMEMAP_JSON + "/");
	}

	public static String tag(String slug) {
		return TAGS + "/" + slug;
	}

	public static String person(String slug) {
		return PEOPLE + "/" + slug;
	}

	public static String year(int year) {
		return String.format("/%04d", year);
	}

	public static String month(YearMonth month) {
		return String.format("/%04d/%02d", month.getYear(), month.getMonthValue());
	}

	public static String day(LocalDate day) {
		return String.format("/%04d/%02d/%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
	}

	public static String onThisDay(MonthDay day) {
		return String.format("/on-this-day/%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
	}

	public static String image(String id, String fileName) {
		return "/images/" + id + "/" + fileName;
	}

	/** The Atom feed of a page that has one: the home page, a tag's or a person's. */
	public static String feedOf(String page) {
		return HOME.equals(page) ? FEED : page + FEED;
	}

	public static String sitemapPart(long number) {
		return "/sitemaps/" + number + ".xml";
	}

	public static String apiArticle(long id) {
		return API_ARTICLES + "/" + id;
	}

	public static String apiTag(String slug) {
		return API_TAGS + "/" + slug;
	}

	public static String apiPerson(String slug) {
		return API_PEOPLE + "/" + slug;
	}

	/** Whether a path is the API's description or UI rather than one of its endpoints. */
	public static boolean isApiDocs(String path) {
		for (String docs : API_DOCS) {
			if (path.startsWith(docs)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a path is an API endpoint's, answered in problem JSON when it fails. */
	public static boolean isApi(String path) {
		return path.startsWith(API + "/") && !isApiDocs(path);
	}

}
