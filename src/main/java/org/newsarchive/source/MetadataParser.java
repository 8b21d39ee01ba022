package org.newsarchive.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsarchive.schema.CaptureDate;

/**
 * Parses a metadata file: UTF-8, one {@code key: value} a line, {@code #} starts a
 * comment line. Keys: {@code id}, {@code published} (yyyy-mm-dd), {@code archived} (an ISO
 * date or date-time with offset: when the archive took the text), {@code publisher},
 * {@code original-url}, {@code section}, {@code slug}, {@code tags} (comma-separated)
 * {@code photo.N} (the file of the article's Nth photo, beside the source),
 * {@code previous-slugs} (comma-separated: slugs it was published under before) and
 * {@code withdrawn} (why it was withdrawn).
 * Unknown or repeated keys and bad values fail with the file and line.
 */
public final class MetadataParser {

	private static final Set<String> REQUIRED = Set.of("id", "published", "archived", "publisher", "original-url");

	private static final Set<String> OPTIONAL = Set.of("section", "slug", "tags", "previous-slugs", "withdrawn");

	private static final Pattern PHOTO_KEY = Pattern.compile("photo\\.([1-9][0-9]{0,3})");

	private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");

	/** Possessive: a repeated group that backtracks recurses once per hyphen, and a long slug overflows. */
	private static final Pattern SLUG = Pattern.compile("[a-z0-9]++(?:-[a-z0-9]++)*+");

	/** Ids stay below 10^10, so that a sort key of date and id fits in a long. */
	static final long MAX_ID = 9_999_999_999L;

	private MetadataParser() {
	}

	public static Metadata parse(String file, byte[] bytes) {
		String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r\n|\n|\r", -1);
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, Integer> lineOf = new HashMap<>();
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			int number = i + 1;
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				throw new SourceFormatException(file, number, "expected 'key: value'");
			}
			String key = line.substring(0, colon).strip();
			if (!REQUIRED.contains(key) && !OPTIONAL.contains(key) && !PHOTO_KEY.matcher(key).matches()) {
				throw new SourceFormatException(file, number, "unknown key '" + key + "'");
			}
			if (values.putIfAbsent(key, line.substring(colon + 1).strip()) != null) {
				throw new SourceFormatException(file, number, "'" + key + "' is given twice");
			}
			lineOf.put(key, number);
		}
		for (String key : REQUIRED) {
			if (values.getOrDefault(key, "").isEmpty()) {
				throw new SourceFormatException(file, lineOf.getOrDefault(key, lines.length), "'" + key + "' is required");
			}
		}
		return new Metadata(id(file, values, lineOf), published(file, values, lineOf),
				archived(file, values, lineOf), values.get("publisher"),
				originalUrl(file, values, lineOf), optional(values, "section"), slug(file, values, lineOf),
				list(values, "tags"), photoFiles(file, values, lineOf), previousSlugs(file, values, lineOf),
				optional(values, "withdrawn"), lineOf);
	}

	private static long id(String file, Map<String, String> values, Map<String, Integer> lineOf) {
		try {
			long id = Long.parseLong(values.get("id"));
			if (id > 0 && id <= MAX_ID) {
				return id;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new SourceFormatException(file, lineOf.get("id"), "'id' must be a whole number from 1 to " + MAX_ID);
	}

	private static LocalDate published(String file, Map<String, String> values, Map<String, Integer> lineOf) {
		try {
			return LocalDate.parse(values.get("published"));
		}
		catch (DateTimeParseException ex) {
			throw new SourceFormatException(file, lineOf.get("published"), "'published' must be a date, yyyy-mm-dd");
		}
	}

	private static CaptureDate archived(String file, Map<String, String> values, Map<String, Integer> lineOf) {
		try {
			return CaptureDate.parse(values.get("archived"));
		}
		catch (IllegalArgumentException ex) {
			throw new SourceFormatException(file, lineOf.get("archived"), "'archived' must be " + CaptureDate.EXPECTED);
		}
	}

	private static URI originalUrl(String file, Map<String, String> values, Map<String, Integer> lineOf) {
		try {
			URI uri = new URI(values.get("original-url"));
			if ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) {
				return uri;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		throw new SourceFormatException(file, lineOf.get("original-url"), "'original-url' must be an http(s) URL");
	}

	private static Optional<String> slug(String file, Map<String, String> values, Map<String, Integer> lineOf) {
		Optional<String> slug = optional(values, "slug");
		if (slug.isPresent() && !SLUG.matcher(slug.get()).matches()) {
			throw new SourceFormatException(file, lineOf.get("slug"),
					"'slug' must be lower-case letters and digits joined by hyphens");
		}
		return slug;
	}

	private static List<String> previousSlugs(String file, Map<String, String> values, Map<String, Integer> lineOf) {
		List<String> slugs = list(values, "previous-slugs");
		for (String slug : slugs) {
			if (!SLUG.matcher(slug).matches()) {
				throw new SourceFormatException(file, lineOf.get("previous-slugs"),
						"'" + slug + "' is not a slug: lower-case letters and digits joined by hyphens");
			}
		}
		return slugs;
	}

	private static List<String> list(Map<String, String> values, String key) {
		return Arrays.stream(values.getOrDefault(key, "").split(","))
			.map(String::strip)
			.filter((tag) -> !tag.isEmpty())
			.distinct()
			.toList();
	}

	private static Map<Integer, String> photoFiles(String file, Map<String, String> values,
			Map<String, Integer> lineOf) {
		Map<Integer, String> photos = new HashMap<>();
		for (Map.Entry<String, String> entry : values.entrySet()) {
			Matcher key = PHOTO_KEY.matcher(entry.getKey());
			if (key.matches()) {
				if (!FILE_NAME.matcher(entry.getValue()).matches()) {
					throw new SourceFormatException(file, lineOf.get(entry.getKey()),
							"'" + entry.getKey() + "' must name a file beside the source");
				}
				photos.put(Integer.valueOf(key.group(1)), entry.getValue());
			}
		}
		return photos;
	}

	private static Optional<String> optional(Map<String, String> values, String key) {
		return Optional.ofNullable(values.get(key)).filter((value) -> !value.isEmpty());
	}

}
