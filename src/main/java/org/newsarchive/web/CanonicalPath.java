package org.newsarchive.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one spelling of a path that names a page, as RFC 3986 normalises it and more: no
 * empty segment (so no {@code //} and no trailing slash), no dot segment, no matrix
 * parameter ({@code ;x=1}), unreserved characters never percent-encoded
 * ({@code %74ags} is {@code tags}), escapes in upper case, and lower case where the
 * archive publishes only lower case. Every other spelling answers 301 to this one, so
 * the page cache holds one entry a page, not one a spelling. Memento's paths are left
 * as they are: an original URL follows them, {@code //} and all, and their controller
 * sends other spellings of it to the one it answers under.
 */
final class CanonicalPath {

	/** Paths whose canonical form is lower case: all but images' and the API docs' files. */
	private static final Pattern LOWER_CASE = Pattern.compile("/(\\d{4}(/.*)?|a/.*|" + top(Links.TAGS) + "(/.*)?|"
			+ top(Links.PEOPLE) + "(/.*)?|" + top(Links.SEARCH) + "|" + top(Links.SEARCH_FEED) + "|" + top(Links.FEED)
			+ "|" + top(Links.OPENSEARCH) + "|" + top(Links.SITEMAP) + "|" + top(Links.ROBOTS) + "|"
			+ top(Links.ON_THIS_DAY) + "(/.*)?)", Pattern.CASE_INSENSITIVE);

	private CanonicalPath() {
	}

	/** A top-level path of the archive's as a regular expression, without its slash. */
	private static String top(String path) {
		return Pattern.quote(path.substring(1));
	}

	/** The canonical form of a request's raw path ({@link jakarta.servlet.http.HttpServletRequest#getRequestURI()}). */
	static String of(String path) {
		if (isPlain(path) || Links.isMemento(path)) {
			return path;
		}
		List<String> segments = new ArrayList<>();
		for (String segment : path.split("/", -1)) {
			int matrix = segment.indexOf(';');
			String plain = normaliseEscapes((matrix >= 0) ? segment.substring(0, matrix) : segment);
			if (plain.isEmpty() || plain.equals(".")) {
				continue;
			}
			if (plain.equals("..")) {
				if (!segments.isEmpty()) {
					segments.remove(segments.size() - 1);
				}
				continue;
			}
			segments.add(plain);
		}
		String canonical = "/" + String.join("/", segments);
		return LOWER_CASE.matcher(canonical).matches() ? lowerCase(canonical) : canonical;
	}

	/**
	 * Whether a path is canonical at a glance, as almost all are: ASCII letters, digits,
	 * {@code -}, {@code .}, {@code _} and single slashes, with no capital, no trailing
	 * slash and no dot segment. This spares them the pattern, which took a tenth of the
	 * time of a cached page.
	 */
	private static boolean isPlain(String path) {
		int length = path.length();
		if (length == 0 || path.charAt(0) != '/' || (length > 1 && path.charAt(length - 1) == '/')) {
			return false;
		}
		for (int i = 1; i < length; i++) {
			char c = path.charAt(i);
			boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
					|| (c == '/' && path.charAt(i - 1) != '/') || (c == '.' && path.charAt(i - 1) != '/');
			if (!allowed) {
				return false;
			}
		}
		return true;
	}

	/** Decodes escapes of unreserved characters, and writes the others' hex digits in upper case. */
	private static String normaliseEscapes(String segment) {
		if (segment.indexOf('%') < 0) {
			return segment;
		}
		StringBuilder out = new StringBuilder(segment.length());
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			if (c == '%' && i + 2 < segment.length() && isHex(segment.charAt(i + 1)) && isHex(segment.charAt(i + 2))) {
				char decoded = (char) Integer.parseInt(segment.substring(i + 1, i + 3), 16);
				if (isUnreserved(decoded)) {
					out.append(decoded);
				}
				else {
					out.append('%').append(segment.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
				}
				i += 2;
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Lower case outside escapes, whose hex digits stay upper case. */
	private static String lowerCase(String path) {
		StringBuilder out = new StringBuilder(path.length());
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c == '%' && i + 2 < path.length()) {
				out.append(path, i, i + 3);
				i += 2;
			}
			else {
				out.append((c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c);
			}
		}
		return out.toString();
	}

	private static boolean isHex(char c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}

	private static boolean isUnreserved(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~';
	}

}
