package org.newsarchive.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Builds every redirect the archive sends, and only same-origin ones: a {@code Location}
 * is a path that starts with exactly one {@code /}, never a scheme-relative
 * {@code //host} (or {@code /\host}, which browsers read the same way), whatever a
 * request's path held.
 */
public final class Redirects {

	/** A moved address is moved for good; a day lets a CDN keep the answer without freezing a mistake. */
	static final String CACHE_CONTROL = CacheControl.maxAge(Duration.ofDays(1)).cachePublic().getHeaderValue();

	private Redirects() {
	}

	/** A 301 to a path of the archive. */
	public static <T> ResponseEntity<T> permanent(String path) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.header(HttpHeaders.LOCATION, location(path, null))
			.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
			.build();
	}

	/** A 302 to a path of the archive, kept by caches as long as this says. */
	public static ResponseEntity.HeadersBuilder<?> temporary(String path, String cacheControl) {
		return ResponseEntity.status(HttpStatus.FOUND)
			.header(HttpHeaders.LOCATION, location(path, null))
			.header(HttpHeaders.CACHE_CONTROL, cacheControl);
	}

	/** Answers a 302 to a path of the archive, on a response not yet committed. */
	public static void temporary(HttpServletResponse response, String path, String cacheControl) {
		response.setStatus(HttpServletResponse.SC_FOUND);
		response.setHeader(HttpHeaders.LOCATION, location(path, null));
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
	}

	/**
	 * A 301 to a folder of the archive ({@code /timemap/link/}) followed by text of the
	 * archive's own that may hold {@code //} (an original URL): the folder's one leading
	 * slash keeps it on the archive whatever follows. Control characters, spaces and
	 * backslashes in the text are percent-encoded.
	 */
	public static <T> ResponseEntity<T> permanentBelow(String folder, String rest) {
		if (!folder.startsWith("/") || folder.startsWith("//") || !folder.endsWith("/") || folder.length() < 3) {
			throw new IllegalArgumentException("A folder of the archive's, as /name/: " + folder);
		}
		StringBuilder location = new StringBuilder(folder);
		for (int i = 0; i < rest.length(); i++) {
			char c = rest.charAt(i);
			if (c <= 0x20 || c == 0x7f || c == '\\') {
				location.append('%').append(String.format("%02X", (int) c));
			}
			else {
				location.append(c);
			}
		}
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.header(HttpHeaders.LOCATION, location.toString())
			.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
			.build();
	}

	/**
	 * A 302 to a path of the archive that stands for another only for now (today's page,
	 * say): a CDN or browser may reuse the answer for {@code maxAge}, never longer.
	 */
	public static <T> ResponseEntity<T> temporary(String path, Duration maxAge) {
		return ResponseEntity.status(HttpStatus.FOUND)
			.header(HttpHeaders.LOCATION, location(path, null))
			.header(HttpHeaders.CACHE_CONTROL, CacheControl.maxAge(maxAge).cachePublic().getHeaderValue())
			.build();
	}

	/**
	 * Answers a 301 to a path of the archive and a query ({@code a=1&b=2}, or null), on a
	 * response not yet committed.
	 */
	public static void permanent(HttpServletResponse response, String path, String query) {
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader(HttpHeaders.LOCATION, location(path, query));
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
	}

	/**
	 * The same-origin form of a path: one leading slash, no empty segment (so no
	 * {@code //}), a backslash taken for the slash browsers take it for, and control
	 * characters percent-encoded.
	 */
	static String location(String path, String query) {
		StringBuilder location = new StringBuilder(path.length() + 1);
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			boolean slash = c == '/' || c == '\\';
			if (slash && location.length() > 0 && location.charAt(location.length() - 1) == '/') {
				continue;
			}
			if (location.length() == 0 && !slash) {
				location.append('/');
			}
			if (slash) {
				location.append('/');
			}
			else if (c < 0x21 || c == 0x7f) {
				location.append('%').append(String.format("%02X", (int) c));
			}
			else {
				location.append(c);
			}
		}
		if (location.length() == 0) {
			location.append('/');
		}
		if (query != null && !query.isEmpty()) {
			location.append('?').append(query);
		}
		return location.toString();
	}

}
