package org.newsarchive.source.generate;

import java.util.Random;

import org.newsarchive.source.PhotoCredit;

/**
 * Photo credits in the shapes scrapes carry ({@code REUTERS/Name}, {@code Name/AP},
 * {@code Name-Pool/Getty Images}, {@code Getty Images}, {@code AP Photo/Name},
 * {@code Name/Reuters}, {@code X/Handout via REUTERS}), each checked once against
 * {@link PhotoCredit} so that no generated photo can fail to parse.
 */
final class PhotoCredits {

	/** The credits of each shape, so that every shape is equally common. */
	private static final String[][] BY_SHAPE = byShape();

	private PhotoCredits() {
	}

	static String pick(Random random) {
		String[] shape = BY_SHAPE[random.nextInt(BY_SHAPE.length)];
		return shape[random.nextInt(shape.length)];
	}

	private static String[][] byShape() {
		String[] names = Vocabulary.PHOTOGRAPHERS;
		String[][] shapes = { new String[names.length], new String[names.length], new String[names.length],
				{ "Getty Images" }, new String[names.length], new String[names.length],
				new String[Vocabulary.HANDOUT_SOURCES.length] };
		for (int i = 0; i < names.length; i++) {
			shapes[0][i] = "REUTERS/" + names[i];
			shapes[1][i] = names[i] + "/AP";
			shapes[2][i] = names[i] + "-Pool/Getty Images";
			shapes[4][i] = "AP Photo/" + names[i];
			shapes[5][i] = names[i] + "/Reuters";
		}
		for (int i = 0; i < Vocabulary.HANDOUT_SOURCES.length; i++) {
			shapes[6][i] = Vocabulary.HANDOUT_SOURCES[i] + "/Handout via REUTERS";
		}
		for (String[] shape : shapes) {
			for (String credit : shape) {
				if (!PhotoCredit.isCredit(credit)) {
					throw new IllegalStateException("'" + credit + "' would not parse as a photo credit");
				}
			}
		}
		return shapes;
	}

}
