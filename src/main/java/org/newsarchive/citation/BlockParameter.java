package org.newsarchive.citation;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The {@code ?p=} of a citation: the number of the block it cites, as in its anchor
 * {@code #p7}. A value that is no such number is a malformed request (400), read in
 * bounded time however long it is; whether the article has that block is the service's.
 */
public final class BlockParameter {

	/** More digits than any article has blocks: nine keep the number an {@code int}. */
	private static final int MAX_DIGITS = 9;

	private BlockParameter() {
	}

	/**
	 * The block a {@code ?p=} names, or 0 for none (the whole article).
	 * @throws ResponseStatusException 400 when it is not a number from 1 up, written plainly
	 */
	public static int parse(String p) {
		if (p == null) {
			return 0;
		}
		if (p.isEmpty() || p.length() > MAX_DIGITS || p.charAt(0) == '0') {
			throw malformed();
		}
		for (int i = 0; i < p.length(); i++) {
			if (p.charAt(i) < '0' || p.charAt(i) > '9') {
				throw malformed();
			}
		}
		return Integer.parseInt(p);
	}

	private static ResponseStatusException malformed() {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, "p must be a block's number, as in #p7");
	}

}
