package org.newsarchive.source.generate;

import java.nio.file.Path;

/** The command line of the {@link ArchiveGenerator}. */
record GeneratorOptions(Path out, int count, long firstId, long seed) {

	static final String USAGE = "Usage: ArchiveGenerator --out DIR [--count N (1000)] [--first-id ID (1000)]"
			+ " [--seed S (42)]";

	static GeneratorOptions parse(String... args) {
		Path out = null;
		int count = 1000;
		long firstId = 1000;
		long seed = 42;
		for (int i = 0; i < args.length; i += 2) {
			String option = args[i];
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException(option + " needs a value");
			}
			String value = args[i + 1];
			switch (option) {
				case "--out" -> out = Path.of(value);
				case "--count" -> count = (int) number(option, value, Integer.MAX_VALUE);
				case "--first-id" -> firstId = number(option, value, Long.MAX_VALUE);
				case "--seed" -> seed = number(option, value, Long.MAX_VALUE);
				default -> throw new IllegalArgumentException("Unknown option " + option);
			}
		}
		if (out == null) {
			throw new IllegalArgumentException("--out is required");
		}
		return new GeneratorOptions(out, count, firstId, seed);
	}

	private static long number(String option, String value, long max) {
		try {
			long number = Long.parseLong(value);
			if (number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException(option + " must be a whole number up to " + max + ", not '" + value + "'");
	}

}
