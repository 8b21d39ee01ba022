package org.newsarchive.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsarchive.schema.Sha256;

import org.springframework.http.HttpHeaders;

/**
 * A rendered response kept whole: its headers, its bytes, their gzip form when worth
 * it, and a strong validator for each form. Served again without touching the
 * controller, the database or the template engine.
 */
final class CachedPage {

	private static final int MIN_COMPRESSIBLE = 256;

	private static final List<String> COMPRESSIBLE = List.of("text/", "application/xml", "application/atom+xml",
			"application/json", "application/problem+json", "application/javascript", "image/svg+xml",
			"application/vnd.citationstyles.csl+json", "application/x-bibtex",
			"application/x-research-info-systems", "application/opensearchdescription+xml");

	/**
	 * Headers that belong to one exchange, not to the page: HSTS, for one, is only sent
	 * over HTTPS, and a page may be asked for over both.
	 */
	private static final List<String> NOT_KEPT = List.of(HttpHeaders.DATE, HttpHeaders.CONTENT_LENGTH,
			HttpHeaders.TRANSFER_ENCODING, HttpHeaders.SET_COOKIE, HttpHeaders.ETAG, HttpHeaders.VARY,
			HttpHeaders.CONTENT_ENCODING, SecurityHeadersFilter.STRICT_TRANSPORT_SECURITY);

	/** What an entry holds beyond its bytes and headers (HostileTrafficTests weighs it on the heap). */
	private static final int OVERHEAD = 600;

	private final int status;

	/** The headers in order, as pairs: a name stands once for each of its values. */
	private final String[] names;

	private final String[] values;

	private final byte[] body;

	private final byte[] gzipped;

	private final String etag;

	private final String gzipEtag;

	/** When the page stops being true ({@link PageExpiry}), or null for never. */
	private final Instant expires;

	private CachedPage(int status, Map<String, List<String>> headers, byte[] body, byte[] gzipped, String tag,
			Instant expires) {
		this.status = status;
		this.names = headers.entrySet()
			.stream()
			.flatMap((header) -> header.getValue().stream().map((value) -> header.getKey()))
			.toArray(String[]::new);
		this.values = headers.values().stream().flatMap(List::stream).toArray(String[]::new);
		this.body = body;
		this.gzipped = gzipped;
		this.etag = "\"" + tag + "\"";
		this.gzipEtag = "\"" + tag + "-gz\"";
		this.expires = expires;
	}

	/**
	 * Keeps a response.
	 * @param etag the validator the controller gave it, or null to derive one from the bytes
	 * @param expires when it stops being true, or null for never
	 */
	static CachedPage of(HttpServletResponse response, byte[] body, String etag, String defaultCacheControl,
			Instant expires) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (NOT_KEPT.stream().noneMatch(name::equalsIgnoreCase)) {
				headers.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		headers.putIfAbsent(HttpHeaders.CACHE_CONTROL, List.of(defaultCacheControl));
		String tag = (etag != null) ? etag.replace("W/", "").replace("\"", "") : sha256(body);
		String type = response.getContentType();
		boolean compressible = type != null && body.length >= MIN_COMPRESSIBLE
				&& COMPRESSIBLE.stream().anyMatch(type::startsWith);
		return new CachedPage(response.getStatus(), headers, body, compressible ? gzip(body) : null, tag, expires);
	}

	/**
	 * The memory the page holds, in bytes: its bodies, its headers (as Java strings,
	 * counted at two bytes a character, an upper bound) and the objects around them.
	 */
	int weight() {
		long weight = OVERHEAD + this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0);
		for (int i = 0; i < this.names.length; i++) {
			weight += 64 + 2L * this.names[i].length() + 56 + 2L * this.values[i].length();
		}
		return (int) Math.min(weight, Integer.MAX_VALUE);
	}

	/** Whether the page has stopped being true: it must be rendered again. */
	boolean hasExpiredAt(Instant now) {
		return this.expires != null && !now.isBefore(this.expires);
	}

	/**
	 * Answers a request on a response that holds no header yet (a cache hit, ahead of the
	 * filters that set headers): every header is added, none looked for to be replaced.
	 */
	void serve(HttpServletRequest request, HttpServletResponse response, Instant now) throws IOException {
		for (int i = 0; i < this.names.length; i++) {
			response.addHeader(this.names[i], value(i, now));
		}
		answer(request, response, true);
	}

	/** Answers a request on a response the page was just rendered into, replacing what the render set. */
	void write(HttpServletRequest request, HttpServletResponse response, Instant now) throws IOException {
		for (int i = 0; i < this.names.length; i++) {
			if (i > 0 && this.names[i].equals(this.names[i - 1])) {
				response.addHeader(this.names[i], value(i, now));
			}
			else {
				response.setHeader(this.names[i], value(i, now));
			}
		}
		answer(request, response, false);
	}

	/**
	 * A header's value as sent now. A page that expires is sent with a {@code Cache-Control}
	 * reckoned at each answer, so that no cache downstream keeps it, fresh or stale, past
	 * the moment it stops being true.
	 */
	private String value(int header, Instant now) {
		if (this.expires == null || !HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(this.names[header])) {
			return this.values[header];
		}
		return cacheControlUntil(this.expires, now);
	}

	/** The pages' usual Cache-Control, cut short so that fresh and stale both end by {@code expires}. */
	static String cacheControlUntil(Instant expires, Instant now) {
		long left = Math.max(0, Duration.between(now, expires).getSeconds());
		long maxAge = Math.min(PageCacheFilter.PAGE_MAX_AGE, left);
		long stale = Math.min(PageCacheFilter.PAGE_STALE_WHILE_REVALIDATE, left - maxAge);
		return "public, max-age=" + maxAge + ((stale > 0) ? ", stale-while-revalidate=" + stale : "");
	}

	/** 304 when the client holds this form, else the form it accepts. */
	private void answer(HttpServletRequest request, HttpServletResponse response, boolean fresh) throws IOException {
		boolean gzip = this.gzipped != null
				&& AcceptEncoding.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		if (this.gzipped != null) {
			put(response, fresh, HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		put(response, fresh, HttpHeaders.ETAG, gzip ? this.gzipEtag : this.etag);
		if (this.status == HttpServletResponse.SC_OK && matches(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(this.status);
		byte[] bytes = gzip ? this.gzipped : this.body;
		if (gzip) {
			put(response, fresh, HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(bytes.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(bytes);
		}
	}

	private static void put(HttpServletResponse response, boolean fresh, String name, String value) {
		if (fresh) {
			response.addHeader(name, value);
		}
		else {
			response.setHeader(name, value);
		}
	}

	/** Whether If-None-Match names this page, in either form (or is *). */
	private boolean matches(String ifNoneMatch) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip().replace("W/", "");
			if (tag.equals("*") || tag.equals(this.etag) || tag.equals(this.gzipEtag)) {
				return true;
			}
		}
		return false;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The ETag: half a SHA-256 of the body is unique enough for one address's versions. */
	private static String sha256(byte[] body) {
		return Sha256.hex(body).substring(0, 32);
	}

}
