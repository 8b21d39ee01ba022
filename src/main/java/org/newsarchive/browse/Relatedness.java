package org.newsarchive.browse;

import org.newsarchive.schema.SortKey;

/**
 * How related another article is to one: what they share, weighed, and brought down by
 * the time between them.
 * <ul>
 * <li>a shared tag weighs 1;</li>
 * <li>a shared person weighs ln(2 + how often this article names them) × ln(2 + how
 * often the other does): 0.48 for someone only in both articles' photos, 1.2 for
 * someone named once in each, 6.2 for the subject of both, named ten times in each;</li>
 * <li>the sum is divided by 1 + the days between them / 30: a month apart halves it, a
 * year apart leaves a thirteenth.</li>
 * </ul>
 */
final class Relatedness {

	/** The days over which closeness in date halves a score. */
	static final double HALVING_DAYS = 30;

	private Relatedness() {
	}

	/**
	 * @param self the article
	 * @param other another article, read with it
	 */
	static double score(RelatedCandidates.Candidate self, RelatedCandidates.Candidate other) {
		double shared = other.sharedTags();
		for (int i = 0; i < other.mentions().length; i++) {
			if (other.mentions()[i] != RelatedCandidates.Candidate.NOT_NAMED) {
				shared += person(Math.max(self.mentions()[i], 0), other.mentions()[i]);
			}
		}
		return shared / (1 + days(self, other) / HALVING_DAYS);
	}

	/** A shared person's weight, from how often each article names them. */
	static double person(int mentionsHere, int mentionsThere) {
		return Math.log(2 + mentionsHere) * Math.log(2 + mentionsThere);
	}

	/** How many tags and people two articles share. */
	static int labels(RelatedCandidates.Candidate other) {
		int labels = other.sharedTags();
		for (int named : other.mentions()) {
			if (named != RelatedCandidates.Candidate.NOT_NAMED) {
				labels++;
			}
		}
		return labels;
	}

	static long days(RelatedCandidates.Candidate self, RelatedCandidates.Candidate other) {
		return Math.abs(SortKey.published(other.sortKey()).toEpochDay() - SortKey.published(self.sortKey()).toEpochDay());
	}

}
