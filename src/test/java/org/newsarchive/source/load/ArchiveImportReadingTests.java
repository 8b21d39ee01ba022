package org.newsarchive.source.load;

import org.junit.jupiter.api.Test;
import org.newsarchive.source.SourceFormatException;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What stops the reading of one source always names the file and the line. */
class ArchiveImportReadingTests {

	@Test
	void aStackOverflowBecomesASourceFormatExceptionNamingFileAndLine() {
		assertThatExceptionOfType(SourceFormatException.class)
			.isThrownBy(() -> SourceSteps.reading("odd.txt", 7, () -> recurse(0)))
			.withMessage("odd.txt:7: cannot read it: StackOverflowError")
			.withCauseInstanceOf(StackOverflowError.class);
	}

	@Test
	void anyOtherRuntimeExceptionBecomesOneToo() {
		assertThatExceptionOfType(SourceFormatException.class)
			.isThrownBy(() -> SourceSteps.reading("odd.txt", 3, () -> {
				throw new IllegalStateException("a bug", new ArithmeticException("/ by zero"));
			}))
			.withMessage("odd.txt:3: cannot read it: IllegalStateException: a bug (ArithmeticException: / by zero)");
	}

	@Test
	void aSourceFormatExceptionPassesAsItIs() {
		SourceFormatException problem = new SourceFormatException("odd.txt", 9, "photo credit without caption");

		assertThatExceptionOfType(SourceFormatException.class)
			.isThrownBy(() -> SourceSteps.reading("other.txt", 1, () -> {
				throw problem;
			}))
			.isSameAs(problem);
	}

	private static int recurse(int depth) {
		return recurse(depth + 1) + 1;
	}

}
