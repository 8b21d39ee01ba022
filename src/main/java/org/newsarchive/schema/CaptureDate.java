package org.newsarchive.schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * When the archive took an article's text (the metadata's {@code archived:}): an ISO
 * date ({@code 2026-11-27}, read as 00:00 UTC of that day) or an ISO date-time with its
 * offset ({@code 2026-11-27T14:03:00Z}, {@code 2026-11-27T15:03:00+01:00}), to the
 * second. The import stores {@link #iso()}; the pages read it back with {@link #parse}.
 *
 * @param dateTime the moment, in the offset the source gave it (UTC for a date alone)
 * @param dateOnly whether the source gave only the day
 */
public record CaptureDate(OffsetDateTime dateTime, boolean dateOnly) implements Comparable<CaptureDate> {

	private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX",
			Locale.ROOT);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

	/** Web archives' 14-digit capture timestamp, in UTC: 20261127140300. */
	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	/** RFC 9110's IMF-fixdate: two-digit days, GMT (the JDK's RFC 1123 formatter writes "1 Dec"). */
	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
		.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	/** What a capture date may be, as error messages say it. */
	public static final String EXPECTED = "an ISO date (2026-11-27) or a date-time with its offset, to the second "
			+ "(2026-11-27T14:03:00Z, 2026-11-27T15:03:00+01:00)";

	/** What the text must look like, so that a sign or a letter out of place is not guessed at. */
	private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	private static final Pattern DATE_TIME = Pattern
		.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2})");

	public CaptureDate {
		Objects.requireNonNull(dateTime, "dateTime");
		if (dateTime.getNano() != 0) {
			throw new IllegalArgumentException("A capture date is given to the second");
		}
	}

	/**
	 * Reads an ISO date or an ISO date-time with an offset.
	 * @throws IllegalArgumentException if the text is neither
	 */
	public static CaptureDate parse(String text) {
		String value = text.strip();
		try {
			if (DATE.matcher(value).matches()) {
				return new CaptureDate(LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC), true);
			}
			if (DATE_TIME.matcher(value).matches()) {
				return new CaptureDate(OffsetDateTime.parse(value), false);
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		throw new IllegalArgumentException("expected " + EXPECTED);
	}

	public Instant instant() {
		return this.dateTime.toInstant();
	}

	/** The day of the capture in UTC. */
	public LocalDate localDate() {
		return LocalDate.ofInstant(instant(), ZoneOffset.UTC);
	}

	/** The ISO text as the source gave it, normalised: a date, or a date-time to the second with its offset ({@code Z} for UTC). */
	public String iso() {
		return this.dateOnly ? this.dateTime.toLocalDate().toString() : ISO_SECONDS.format(this.dateTime);
	}

	/** As readers write it: {@code 27 November 2026}, or {@code 27 November 2026, 14:03 UTC} for a date-time. */
	public String text() {
		if (this.dateOnly) {
			return DAY.format(this.dateTime);
		}
		OffsetDateTime utc = this.dateTime.withOffsetSameInstant(ZoneOffset.UTC);
		return DAY.format(utc) + ", " + TIME.format(utc) + " UTC";
	}

	/** The 14-digit UTC timestamp web archives name captures by: {@code 20261127000000}. */
	public String timestamp() {
		return TIMESTAMP.format(instant());
	}

	/** As HTTP dates are written (RFC 1123, GMT), for {@code Memento-Datetime}. */
	public String httpDate() {
		return HTTP_DATE.format(instant());
	}

	/** Earlier captures first. */
	@Override
	public int compareTo(CaptureDate other) {
		return instant().compareTo(other.instant());
	}

	@Override
	public String toString() {
		return iso();
	}

}
