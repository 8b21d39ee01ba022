package org.newsarchive.source.generate;

import java.util.Arrays;
import java.util.Random;

/**
 * Picks ranks 0..size-1 with probability proportional to 1/(rank+1)^exponent, so that
 * a few ranks take a large share: the shape of tags and of people in the news.
 */
final class ZipfPicker {

	private final double[] cumulative;

	ZipfPicker(int size, double exponent) {
		this.cumulative = new double[size];
		double total = 0;
		for (int rank = 1; rank <= size; rank++) {
			// StrictMath: the same weights, and so the same archive, on every JVM
			total += 1 / StrictMath.pow(rank, exponent);
			this.cumulative[rank - 1] = total;
		}
	}

	int pick(Random random) {
		double x = random.nextDouble() * this.cumulative[this.cumulative.length - 1];
		int found = Arrays.binarySearch(this.cumulative, x);
		int rank = (found >= 0) ? found + 1 : -found - 1;
		return Math.min(rank, this.cumulative.length - 1);
	}

}
