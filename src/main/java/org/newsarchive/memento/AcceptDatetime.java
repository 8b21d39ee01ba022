package org.newsarchive.memento;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The {@code Accept-Datetime} of a TimeGate request (RFC 7089, 2.1.1): an RFC 1123 date in GMT. */
final class AcceptDatetime {

	static final String HEADER = "Accept-Datetime";

	/** Longer than any RFC 1123 date: refused without parsing. */
	private static final int MAX_LENGTH = 64;

	private AcceptDatetime() {
	}

	/**
	 * The moment asked for, or empty when the request names none.
	 * @throws IllegalArgumentException if it names one that is no RFC 1123 date in GMT
	 */
	static Optional<Instant> of(String header) {
		if (header == null) {
			return Optional.empty();
		}
		String value = header.strip();
		if (value.length() > MAX_LENGTH || !value.endsWith(" GMT")) {
			throw new IllegalArgumentException("Accept-Datetime is an RFC 1123 date in GMT");
		}
		try {
			return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Accept-Datetime is an RFC 1123 date in GMT", ex);
		}
	}

}
