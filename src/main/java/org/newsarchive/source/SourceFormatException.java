package org.newsarchive.source;

/**
 * A source or metadata file that does not follow the archive's format. The message
 * always names the file and the line, so an operator can fix it without a debugger.
 */
public class SourceFormatException extends RuntimeException {

	private final String file;

	private final int line;

	public SourceFormatException(String file, int line, String problem) {
		this(file, line, problem, null);
	}

	public SourceFormatException(String file, int line, String problem, Throwable cause) {
		super(file + ":" + line + ": " + problem, cause);
		this.file = file;
		this.line = line;
	}

	public String file() {
		return this.file;
	}

	public int line() {
		return this.line;
	}

}
