package org.newsarchive.web;

import java.util.Locale;

/**
 * Reads {@code Accept-Encoding} as RFC 9110 (section 12.5.3) writes it: codings with
 * optional weights, {@code gzip;q=0} and {@code gzip ; q=0.000} refusing gzip, a
 * {@code *} standing for any coding not named, and a weight that is not a number
 * refusing the coding it is on.
 */
final class AcceptEncoding {

	private AcceptEncoding() {
	}

	static boolean acceptsGzip(String header) {
		if (header == null) {
			return false;
		}
		Double gzip = null;
		Double any = null;
		for (String element : header.split(",")) {
			String[] parts = element.split(";");
			if (parts.length == 0) {
				// Only semicolons (";;"): split leaves nothing, and no coding is named.
				continue;
			}
			String coding = parts[0].strip().toLowerCase(Locale.ROOT);
			double weight = weight(parts);
			if (coding.equals("gzip") || coding.equals("x-gzip")) {
				gzip = (gzip == null) ? weight : Math.max(gzip, weight);
			}
			else if (coding.equals("*")) {
				any = weight;
			}
		}
		double chosen = (gzip != null) ? gzip : ((any != null) ? any : 0);
		return chosen > 0;
	}

	/** The weight of one element, 1 when it has none, 0 when it is malformed. */
	private static double weight(String[] parts) {
		double weight = 1;
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].strip();
			if (parameter.length() >= 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')) {
				String value = parameter.substring(1).strip();
				if (!value.startsWith("=")) {
					return 0;
				}
				weight = qvalue(value.substring(1).strip());
			}
		}
		return weight;
	}

	/** A qvalue: 0 to 1 with at most three decimals; anything else counts as 0. */
	private static double qvalue(String value) {
		if (!value.matches("(0(\\.\\d{0,3})?|1(\\.0{0,3})?)")) {
			return 0;
		}
		return Double.parseDouble(value);
	}

}
