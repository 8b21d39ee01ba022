package org.newsarchive.schema;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CaptureDateTests {

	@Test
	void aDateAloneIsMidnightUtcOfThatDay() {
		CaptureDate date = CaptureDate.parse("2026-11-27");

		assertThat(date.dateOnly()).isTrue();
		assertThat(date.instant()).hasToString("2026-11-27T00:00:00Z");
		assertThat(date.localDate()).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(date.iso()).isEqualTo("2026-11-27");
		assertThat(date.text()).isEqualTo("27 November 2026");
		assertThat(date.timestamp()).isEqualTo("20261127000000");
		assertThat(date.httpDate()).isEqualTo("Fri, 27 Nov 2026 00:00:00 GMT");
	}

	@Test
	void aDateTimeKeepsItsOffsetAndIsReadInUtc() {
		CaptureDate date = CaptureDate.parse("2026-11-28T00:30+01:00");

		assertThat(date.dateOnly()).isFalse();
		assertThat(date.iso()).isEqualTo("2026-11-28T00:30:00+01:00");
		assertThat(date.instant()).hasToString("2026-11-27T23:30:00Z");
		assertThat(date.localDate()).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(date.text()).isEqualTo("27 November 2026, 23:30 UTC");
		assertThat(date.timestamp()).isEqualTo("20261127233000");
	}

	@Test
	void utcIsWrittenZ() {
		assertThat(CaptureDate.parse("2026-11-27T14:03:00+00:00").iso()).isEqualTo("2026-11-27T14:03:00Z");
		assertThat(CaptureDate.parse("2026-11-27T14:03:00Z").iso()).isEqualTo("2026-11-27T14:03:00Z");
	}

	@Test
	void anHttpDateHasTwoDigitDays() {
		assertThat(CaptureDate.parse("2026-12-01T09:05:07Z").httpDate()).isEqualTo("Tue, 01 Dec 2026 09:05:07 GMT");
	}

	@Test
	void readsBackWhatItWrites() {
		for (String iso : new String[] { "2026-11-27", "2026-11-27T14:03:00Z", "2026-11-27T15:03:00+01:00",
				"1999-01-01T00:00:00-05:30" }) {
			assertThat(CaptureDate.parse(CaptureDate.parse(iso).iso())).isEqualTo(CaptureDate.parse(iso));
			assertThat(CaptureDate.parse(iso).iso()).isEqualTo(iso);
		}
	}

	@Test
	void ordersByTheInstantWhateverTheOffset() {
		CaptureDate earlier = CaptureDate.parse("2026-11-27T15:00:00+02:00");
		CaptureDate later = CaptureDate.parse("2026-11-27T14:00:00Z");

		assertThat(earlier).isLessThan(later);
		assertThat(CaptureDate.parse("2026-11-27")).isLessThan(earlier);
	}

	@Test
	void refusesWhatIsNeitherADateNorADateTimeWithAnOffset() {
		for (String bad : new String[] { "", "2026-11-27T14:03:00", "2026-11-27 14:03:00Z", "27/11/2026", "2026-02-30",
				"2026-11-27T25:00Z", "2026-11-27T14:03:00.123Z", "+2026-11-27", "2026-11-27T14:03:00+1:00",
				"2026-11-27T14:03:00 Z", "\u0662\u0660\u0662\u0666-11-27" }) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> CaptureDate.parse(bad))
				.withMessageContaining("ISO date");
		}
	}

}
