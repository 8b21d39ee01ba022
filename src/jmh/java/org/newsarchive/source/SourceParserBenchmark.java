package org.newsarchive.source;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.newsarchive.source.generate.ArchiveGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast the parser reads a source, in lines per second: each invocation parses one
 * whole source and counts as one operation per line ({@link OperationsPerInvocation}),
 * so JMH's ops/s is lines/s. Two sources: the seed article, and the first article the
 * generator writes with the seed the benchmarks use (42). The line counts are fixed at
 * compile time, so the set-up checks them: a change to either source fails the run
 * instead of skewing the figure.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SourceParserBenchmark {

	/** A line is what ends with a line end, as {@code wc -l} counts. */
	private static final Pattern LINE_END = Pattern.compile("\r\n|\n|\r");

	static final int SEED_LINES = 74;

	static final int GENERATED_LINES = 55;

	@Benchmark
	@OperationsPerInvocation(SEED_LINES)
	public SourceText seedArticle(Seed seed) {
		return SourceParser.parse(seed.file, seed.bytes);
	}

	@Benchmark
	@OperationsPerInvocation(GENERATED_LINES)
	public SourceText generatedArticle(Generated generated) {
		return SourceParser.parse(generated.file, generated.bytes);
	}

	/** The seed archive's article, as stored (run from the project folder). */
	@State(Scope.Benchmark)
	public static class Seed {

		String file = "db/source/2017/12/tillerson-north-korea-strategy.txt";

		byte[] bytes;

		@Setup(Level.Trial)
		public void read() throws IOException {
			this.bytes = Files.readAllBytes(Path.of(this.file));
			requireLines(this.file, this.bytes, SEED_LINES);
		}

	}

	/** The first article of a generated archive (seed 42). */
	@State(Scope.Benchmark)
	public static class Generated {

		String file;

		byte[] bytes;

		@Setup(Level.Trial)
		public void generate() throws IOException {
			Path out = Files.createTempDirectory("parser-benchmark");
			try {
				new ArchiveGenerator(42, new PrintStream(OutputStream.nullOutputStream())).write(out, 1, 1000);
				try (Stream<Path> files = Files.walk(out)) {
					Path text = files.filter((path) -> path.toString().endsWith(".txt")).findFirst().orElseThrow();
					this.file = text.getFileName().toString();
					this.bytes = Files.readAllBytes(text);
				}
			}
			finally {
				try (Stream<Path> files = Files.walk(out)) {
					files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
				}
			}
			requireLines(this.file, this.bytes, GENERATED_LINES);
		}

	}

	private static void requireLines(String file, byte[] bytes, int expected) {
		long lines = LINE_END.matcher(new String(bytes, StandardCharsets.UTF_8)).results().count();
		if (lines != expected) {
			throw new IllegalStateException(file + " has " + lines + " lines, the benchmark counts " + expected);
		}
	}

}
