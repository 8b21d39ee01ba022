package org.newsarchive.schema;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An original URL as web archives compare it: SURT-like, so that every spelling of one
 * address finds the same captures. The rules (the README lists them too):
 * <ul>
 * <li>{@code http} and {@code https} are one (the scheme is left out; a URL given
 * without one is taken as {@code http}); any other scheme is refused;</li>
 * <li>the host is lower case, without a leading {@code www.} (or {@code www2.}, …),
 * a trailing dot, user info or a port ({@code :80} and {@code :443} alike), written
 * backwards, SURT's way: {@code in,businessinsider)};</li>
 * <li>the path and query are lower case, percent-decoded and encoded again the one way
 * (escapes in capitals only where a character needs one), without empty or dot
 * segments or a trailing slash;</li>
 * <li>the fragment goes, as do tracking parameters ({@code utm_*}, {@code fbclid},
 * {@code gclid}, …) and empty ones; the rest are sorted.</li>
 * </ul>
 * Lower-casing the path is what the Wayback Machine's SURT does: two addresses that differ
 * in case alone are almost always the same page.
 */
public final class OriginalUrlKey {

	/** Longer original URLs are refused: the archive's own are at most 2,000 characters. */
	public static final int MAX_LENGTH = 2_000;

	private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

	private static final Pattern WWW = Pattern.compile("^www[0-9]*\\.");

	private static final Pattern PORT = Pattern.compile(":[0-9]*$");

	private static final Pattern HOST = Pattern.compile("[a-z0-9._-]+|\\[[0-9a-f:.]+\\]");

	private static final Pattern IPV4 = Pattern.compile("[0-9]+(\\.[0-9]+){3}");

	private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid",
			"igshid", "mc_cid", "mc_eid", "_ga", "_gl", "ref_src", "twclid", "wbraid", "gbraid", "mkt_tok", "spm");

	private OriginalUrlKey() {
	}

	/**
	 * The key of an original URL.
	 * @throws IllegalArgumentException if it is too long, not http(s), or has no host
	 */
	public static String of(String url) {
		String text = url.strip();
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("An original URL is 1 to " + MAX_LENGTH + " characters");
		}
		int fragment = text.indexOf('#');
		if (fragment >= 0) {
			text = text.substring(0, fragment);
		}
		text = withoutScheme(text);
		int authorityEnd = firstOf(text, "/?\\");
		String authority = text.substring(0, authorityEnd);
		String rest = text.substring(authorityEnd);
		int queryStart = rest.indexOf('?');
		String path = (queryStart >= 0) ? rest.substring(0, queryStart) : rest;
		String query = (queryStart >= 0) ? rest.substring(queryStart + 1) : "";
		return host(authority) + ")" + path(path) + query(query);
	}

	/** What follows {@code http://} or {@code https://} (one slash or several, as proxies may have merged them). */
	private static String withoutScheme(String text) {
		Matcher scheme = SCHEME.matcher(text);
		if (scheme.find()) {
			String name = scheme.group(1).toLowerCase(Locale.ROOT);
			if (name.equals("http") || name.equals("https")) {
				int start = scheme.end();
				while (start < text.length() && (text.charAt(start) == '/' || text.charAt(start) == '\\')) {
					start++;
				}
				return text.substring(start);
			}
			// host:port/path has no scheme; anything else before a colon is one the archive does not take
			if (!text.substring(scheme.end()).matches("[0-9]+([/?].*)?")) {
				throw new IllegalArgumentException("An original URL is http or https, not " + name);
			}
		}
		return text;
	}

	private static String host(String authority) {
		String host = authority.substring(authority.lastIndexOf('@') + 1);
		Matcher portAt = PORT.matcher(host);
		String port = "";
		if (portAt.find()) {
			port = host.substring(portAt.start() + 1);
			host = host.substring(0, portAt.start());
		}
		port = (port.isEmpty() || port.equals("80") || port.equals("443")) ? "" : ":" + port.replaceFirst("^0+(?=.)", "");
		host = decode(host).toLowerCase(Locale.ROOT);
		while (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		try {
			host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("An original URL's host is a name or an address");
		}
		if (host.isEmpty() || !HOST.matcher(host).matches()) {
			throw new IllegalArgumentException("An original URL's host is a name or an address");
		}
		if (host.startsWith("[") || IPV4.matcher(host).matches()) {
			return host + port;
		}
		host = WWW.matcher(host).replaceFirst("");
		List<String> labels = new ArrayList<>(List.of(host.split("\\.")));
		Collections.reverse(labels);
		return String.join(",", labels) + port;
	}

	private static String path(String path) {
		List<String> segments = new ArrayList<>();
		for (String segment : path.split("[/\\\\]")) {
			String plain = decode(segment);
			if (plain.isEmpty() || plain.equals(".")) {
				continue;
			}
			if (plain.equals("..")) {
				if (!segments.isEmpty()) {
					segments.remove(segments.size() - 1);
				}
				continue;
			}
			segments.add(encode(plain.toLowerCase(Locale.ROOT), "!$&'()*+,;=:@"));
		}
		return "/" + String.join("/", segments);
	}

	private static String query(String query) {
		List<String> parameters = new ArrayList<>();
		for (String parameter : query.split("&")) {
			int equals = parameter.indexOf('=');
			String name = decode((equals >= 0) ? parameter.substring(0, equals) : parameter).toLowerCase(Locale.ROOT);
			if (name.isEmpty() || name.startsWith("utm_") || TRACKING.contains(name)) {
				continue;
			}
			String value = (equals >= 0) ? decode(parameter.substring(equals + 1)).toLowerCase(Locale.ROOT) : null;
			parameters.add(encode(name, "!$'()*,;:@/?") + ((value != null) ? "=" + encode(value, "!$'()*,;:@/?=") : ""));
		}
		parameters.sort(null);
		return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
	}

	/** Percent-decodes as UTF-8 (a {@code +} stays itself); a {@code %} that starts no escape is kept as it is. */
	private static String decode(String text) {
		if (text.indexOf('%') < 0) {
			return text;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
				bytes.write(Integer.parseInt(text, i + 1, i + 3, 16));
				i += 2;
			}
			else {
				byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
					encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
					i++;
				}
				bytes.writeBytes(encoded);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	/** Percent-encodes, as UTF-8, every character but the unreserved ones and those given. */
	private static String encode(String text, String allowed) {
		StringBuilder out = new StringBuilder(text.length());
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '.' || c == '_' || c == '~';
			if (unreserved || (c < 0x80 && allowed.indexOf(c) >= 0)) {
				out.append(c);
			}
			else {
				out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return out.toString();
	}

	private static int firstOf(String text, String characters) {
		for (int i = 0; i < text.length(); i++) {
			if (characters.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return text.length();
	}

	private static boolean isHex(char c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}

}
