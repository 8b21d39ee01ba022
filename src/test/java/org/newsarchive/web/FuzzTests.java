package org.newsarchive.web;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveClient;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.PERMALINK;
import static org.newsarchive.Seed.PERSON_PAGE;
import static org.newsarchive.Seed.TAG_PAGE;

/**
 * A bounded fuzz test: thousands of generated requests, sent as raw bytes so that even
 * malformed ones reach the server, each answered without a server error, a stack trace,
 * an exception's name or the request's markup echoed back unescaped, and in bounded time;
 * with no redirect off the archive, no header echoing the request, the archive's
 * headers on every answer it writes, and no error cached for long.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FuzzTests {

	static final int REQUESTS = 5_000;

	static final long MAX_MILLIS = 5_000;

	static final String MARKER = "<zq9\"'x>";

	private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");

	private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

	private static final List<String> LEAKS = List.of("Exception", "at org.", "at java.", "Whitelabel", "SQLSTATE",
			"org.h2", "org.hibernate", "Caused by");

	private static final String[] BASES = { "/", PERMALINK, "/a/", "/tags/", "/people/", "/images/",
			"/search?q=", "/search/feed.xml?q=", "/2017/", "/feed.xml", "/api/articles/", "/api/tags/",
			"/api/search?q=", "/sitemaps/", TAG_PAGE + "?before=", PERSON_PAGE + "?after=", "/search?page=", "/api/people/" };

	private static final String[] PIECES = { "..", "%2e%2e", "%2e%2e%2f", "..%2f", "%252e%252e", "/etc/passwd",
			"%00", "%", "%zz", "%c0%ae", "%ff%fe", "%e2%82", "\u00e9", "-1", "0", "99999999999999999999999999",
			"9223372036854775808", "1e9", "NaN", "' OR '1'='1", "\"; DROP TABLE article; --", "<script>alert(1)</script>",
			MARKER, "${7*7}", "{{7*7}}", "*{T(java.lang.Runtime)}", "__${T(java.lang.Runtime)}__::.x", "a".repeat(300),
			"x".repeat(5000), "//", "\\", ";jsessionid=1", "?", "#", "&", "=", "+", "%20", "2017-13-45.1", "2017-12-13.-5",
			"\"unclosed", "(((", "*", "a*", "~", "|", "-", "\t", "%0d%0aSet-Cookie:x=1", "😀", "%F0%9F%98%80",
			"page=999999999", "before=9999-99-99.9", "CON", "index.html", ".git/config", "WEB-INF/web.xml",
			"actuator/env", "h2-console", "source.txt", "cite.bib", "feed.xml" };

	private static final String[] METHODS = { "GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH",
			"OPTIONS", "TRACE", "PROPFIND", "FOO" };

	private static final String[] HEADERS = { "Accept: text/html", "Accept: application/json", "Accept: */*",
			"Accept: application/yaml", "Accept-Encoding: gzip", "If-None-Match: \"" + MARKER + "\"",
			"If-None-Match: *", "Range: bytes=0-10", "Range: bytes=abc", "Accept-Language: zz", "Cookie: a=" + MARKER,
			"Content-Type: application/json", "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https",
			"Accept: text/html;q=abc", "Accept-Encoding: " + "x,".repeat(500) };

	final ArchiveClient http;

	FuzzTests(@LocalServerPort int port) {
		this.http = ArchiveClient.on(port);
	}

	@Test
	void survivesThousandsOfHostileRequests() throws Exception {
		Random random = new Random(20261128);
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < REQUESTS && failures.size() < 20; i++) {
			String method = pick(random, METHODS);
			String target = target(random);
			List<String> headers = List.of(pick(random, HEADERS), pick(random, HEADERS));
			long started = System.nanoTime();
			String response;
			try {
				response = this.http.raw(method, target, headers, (int) MAX_MILLIS * 2).text();
			}
			catch (UncheckedIOException ex) {
				failures.add(method + " " + target + ": " + ex);
				continue;
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			String problem = problem(response, millis);
			if (problem == null) {
				problem = headerProblem(new ArchiveClient.RawResponse(response));
			}
			if (problem != null) {
				failures.add(method + " " + shorten(target) + " " + headers + ": " + problem);
			}
		}
		assertThat(failures).isEmpty();
	}

	private static String problem(String response, long millis) {
		Matcher status = STATUS.matcher(response);
		if (!status.find()) {
			return "no status line: " + shorten(response);
		}
		int code = Integer.parseInt(status.group(1));
		if (code >= 500) {
			return "status " + code + ": " + shorten(response);
		}
		for (String leak : LEAKS) {
			if (response.contains(leak)) {
				return "leaks '" + leak + "'";
			}
		}
		if (response.contains(MARKER) || response.contains("<script>alert(1)</script>")) {
			return "echoes markup unescaped";
		}
		if (millis > MAX_MILLIS) {
			return "took " + millis + " ms";
		}
		return null;
	}

	private String headerProblem(ArchiveClient.RawResponse response) {
		Optional<String> offSite = response.offSiteRedirect(this.http.port());
		if (offSite.isPresent()) {
			return offSite.get();
		}
		String head = response.text().substring(0, Math.max(0, response.text().indexOf("\r\n\r\n")));
		if (head.contains(MARKER) || head.contains("zq9")) {
			return "a header echoes the request";
		}
		if (!response.headers("Set-Cookie").isEmpty()) {
			return "sets a cookie";
		}
		// Tomcat answers a request it cannot parse (400) before the archive sees it.
		if (response.status() != 400 && !response.header("X-Content-Type-Options").equals(Optional.of("nosniff"))) {
			return "no X-Content-Type-Options";
		}
		Matcher maxAge = MAX_AGE.matcher(response.header("Cache-Control").orElse(""));
		if (response.status() >= 400 && maxAge.find() && Long.parseLong(maxAge.group(1)) > 60) {
			return "an error cached for " + maxAge.group(1) + " s";
		}
		return null;
	}

	private static String target(Random random) {
		StringBuilder target = new StringBuilder(pick(random, BASES));
		int pieces = 1 + random.nextInt(3);
		for (int i = 0; i < pieces; i++) {
			if (i > 0) {
				target.append(random.nextBoolean() ? "/" : "");
			}
			target.append(pick(random, PIECES));
		}
		return target.toString().replace(" ", "%20").replace("\t", "%09").replace("#", "%23");
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static String shorten(String text) {
		return (text.length() <= 300) ? text : text.substring(0, 300) + "…";
	}

}
