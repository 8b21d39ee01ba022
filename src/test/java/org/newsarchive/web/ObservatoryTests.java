package org.newsarchive.web;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsarchive.ArchiveClient;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.PERMALINK;
import static org.newsarchive.Seed.PERSON_PAGE;
import static org.newsarchive.Seed.TAG_PAGE;

/**
 * The Mozilla HTTP Observatory's header rules (its scoring methodology: every site
 * starts at 100, each test adds or takes away points, 100 and above is A+), applied to
 * what the archive answers over HTTPS behind its proxy. Each page kind must lose no
 * point on any test, and so reach the top grade even before the bonuses.
 * Redirection from http to https is the TLS proxy's work, not the archive's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ObservatoryTests {

	static final long SIX_MONTHS = 15_768_000;

	static final Set<String> PRIVATE_REFERRER_POLICIES = Set.of("no-referrer", "same-origin", "strict-origin",
			"strict-origin-when-cross-origin");

	final ArchiveClient http;

	ObservatoryTests(@LocalServerPort int port) {
		this.http = ArchiveClient.on(port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", PERMALINK, TAG_PAGE, PERSON_PAGE, "/search?q=Tillerson",
			"/feed.xml", "/api/articles/1", "/no/such/page" })
	void everyPageKindGetsTheTopGradeWithoutLosingAPoint(String path) throws Exception {
		ArchiveClient.Response response = this.http.get(path, "X-Forwarded-Proto", "https", "Accept",
				"text/html,*/*;q=0.8");

		Map<String, Integer> modifiers = score(response);
		int penalties = modifiers.values().stream().filter((modifier) -> modifier < 0).mapToInt(Integer::intValue).sum();
		int score = 100 + modifiers.values().stream().mapToInt(Integer::intValue).sum();

		assertThat(modifiers).as(path).allSatisfy((test, modifier) -> assertThat(modifier).as(test).isNotNegative());
		assertThat(penalties).isZero();
		assertThat(grade(score)).as(path + " " + modifiers).isEqualTo("A+");
	}

	/** Each Observatory test's modifier for this response, by the test's result name. */
	static Map<String, Integer> score(ArchiveClient.Response response) {
		HttpHeaders headers = response.headers();
		Map<String, Integer> modifiers = new LinkedHashMap<>();
		contentSecurityPolicy(headers.firstValue("Content-Security-Policy"), modifiers);
		modifiers.put(headers.allValues("Set-Cookie").isEmpty() ? "cookies-not-found" : "cookies-set",
				headers.allValues("Set-Cookie").isEmpty() ? 0 : -20);
		String allowOrigin = headers.firstValue("Access-Control-Allow-Origin").orElse("");
		modifiers.put(allowOrigin.equals("*") ? "cross-origin-resource-sharing-implemented-with-universal-access"
				: "cross-origin-resource-sharing-not-implemented-or-restricted", allowOrigin.equals("*") ? -50 : 0);
		referrerPolicy(headers.firstValue("Referrer-Policy"), modifiers);
		strictTransportSecurity(headers.firstValue("Strict-Transport-Security"), modifiers);
		subresourceIntegrity(response, modifiers);
		modifiers.put(headers.firstValue("X-Content-Type-Options").filter("nosniff"::equalsIgnoreCase).isPresent()
				? "x-content-type-options-nosniff" : "x-content-type-options-not-implemented",
				headers.firstValue("X-Content-Type-Options").filter("nosniff"::equalsIgnoreCase).isPresent() ? 0 : -5);
		frameOptions(headers, modifiers);
		return modifiers;
	}

	private static void contentSecurityPolicy(Optional<String> header, Map<String, Integer> modifiers) {
		if (header.isEmpty()) {
			modifiers.put("csp-not-implemented", -25);
			return;
		}
		Map<String, List<String>> policy = directives(header.get());
		List<String> scripts = policy.getOrDefault("script-src", policy.getOrDefault("default-src", List.of()));
		List<String> styles = policy.getOrDefault("style-src", policy.getOrDefault("default-src", List.of()));
		boolean insecureScheme = policy.values().stream().flatMap(List::stream)
			.anyMatch((source) -> source.startsWith("http:") || source.equals("*"));
		if (scripts.contains("'unsafe-inline'") || scripts.isEmpty()) {
			modifiers.put("csp-implemented-with-unsafe-inline", -20);
		}
		else if (insecureScheme) {
			modifiers.put("csp-implemented-with-insecure-scheme", -20);
		}
		else if (scripts.contains("'unsafe-eval'")) {
			modifiers.put("csp-implemented-with-unsafe-eval", -10);
		}
		else if (styles.contains("'unsafe-inline'")) {
			modifiers.put("csp-implemented-with-unsafe-inline-in-style-src-only", 0);
		}
		else if (policy.getOrDefault("default-src", List.of()).equals(List.of("'none'"))) {
			modifiers.put("csp-implemented-with-no-unsafe-default-src-none", 10);
		}
		else {
			modifiers.put("csp-implemented-with-no-unsafe", 5);
		}
	}

	private static void referrerPolicy(Optional<String> header, Map<String, Integer> modifiers) {
		if (header.isEmpty()) {
			modifiers.put("referrer-policy-not-implemented", 0);
			return;
		}
		String last = header.get().replaceAll(".*,", "").strip().toLowerCase(Locale.ROOT);
		if (PRIVATE_REFERRER_POLICIES.contains(last)) {
			modifiers.put("referrer-policy-private", 5);
		}
		else {
			modifiers.put("referrer-policy-unsafe", -5);
		}
	}

	private static void strictTransportSecurity(Optional<String> header, Map<String, Integer> modifiers) {
		Matcher maxAge = Pattern.compile("max-age=(\\d+)").matcher(header.orElse(""));
		if (!maxAge.find()) {
			modifiers.put("hsts-not-implemented", -20);
		}
		else if (Long.parseLong(maxAge.group(1)) < SIX_MONTHS) {
			modifiers.put("hsts-implemented-max-age-less-than-six-months", -10);
		}
		else {
			modifiers.put("hsts-implemented-max-age-at-least-six-months", 0);
		}
	}

	private static void subresourceIntegrity(ArchiveClient.Response response, Map<String, Integer> modifiers) {
		if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
			modifiers.put("sri-not-implemented-response-not-html", 0);
			return;
		}
		List<Element> scripts = new ArrayList<>(Jsoup.parse(response.text()).select("script[src]"));
		boolean external = scripts.stream().anyMatch((script) -> script.attr("src").matches("(?i)(https?:)?//.*"));
		boolean withIntegrity = scripts.stream().allMatch((script) -> script.hasAttr("integrity"));
		if (scripts.isEmpty()) {
			modifiers.put("sri-not-implemented-but-no-scripts-loaded", 0);
		}
		else if (!external) {
			modifiers.put("sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0);
		}
		else {
			modifiers.put(withIntegrity ? "sri-implemented-and-external-scripts-loaded-securely"
					: "sri-not-implemented-but-external-scripts-loaded-securely", withIntegrity ? 5 : -5);
		}
	}

	private static void frameOptions(HttpHeaders headers, Map<String, Integer> modifiers) {
		Map<String, List<String>> policy = directives(headers.firstValue("Content-Security-Policy").orElse(""));
		String frameOptions = headers.firstValue("X-Frame-Options").orElse("").toUpperCase(Locale.ROOT);
		if (policy.containsKey("frame-ancestors")) {
			modifiers.put("x-frame-options-implemented-via-csp", 5);
		}
		else if (frameOptions.equals("DENY") || frameOptions.equals("SAMEORIGIN")) {
			modifiers.put("x-frame-options-sameorigin-or-deny", 0);
		}
		else {
			modifiers.put("x-frame-options-not-implemented", -20);
		}
	}

	private static Map<String, List<String>> directives(String policy) {
		Map<String, List<String>> directives = new LinkedHashMap<>();
		for (String directive : policy.split(";")) {
			String[] words = directive.strip().split("\\s+");
			if (!words[0].isEmpty()) {
				directives.put(words[0].toLowerCase(Locale.ROOT), Arrays.asList(words).subList(1, words.length));
			}
		}
		return directives;
	}

	static String grade(int score) {
		int[] floors = { 100, 90, 85, 80, 70, 65, 60, 50, 45, 40, 30, 25, 0 };
		String[] grades = { "A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F" };
		for (int i = 0; i < floors.length; i++) {
			if (score >= floors[i]) {
				return grades[i];
			}
		}
		return "F";
	}

}
