package org.newsarchive.source.load;

import java.util.function.Supplier;

import org.newsarchive.source.SourceFormatException;

/**
 * Runs the steps of reading a source so that whatever stops one names the file and the
 * line, and a start never stops on an error that names neither.
 */
final class SourceSteps {

	private SourceSteps() {
	}

	/**
	 * Runs one step of reading a source. Whatever it throws that is not already a
	 * {@link SourceFormatException} (a bug, a stack overflow on a text no test foresaw, a
	 * file that cannot be read) becomes one naming the file and the line.
	 */
	static <T> T reading(String file, int line, Supplier<T> step) {
		try {
			return step.get();
		}
		catch (SourceFormatException ex) {
			throw ex;
		}
		catch (RuntimeException | StackOverflowError ex) {
			throw new SourceFormatException(file, line, "cannot read it: " + describe(ex), ex);
		}
	}

	/** A failure and what caused it, by their simple names: "UncheckedIOException: … (IOException: …)". */
	private static String describe(Throwable failure) {
		String described = failure.getClass().getSimpleName()
				+ ((failure.getMessage() != null) ? ": " + failure.getMessage() : "");
		Throwable cause = failure.getCause();
		return (cause != null && cause != failure) ? described + " (" + describe(cause) + ")" : described;
	}

}
