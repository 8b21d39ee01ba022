package org.newsarchive.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an article's page lists after it: "Later on this story", the newer articles most
 * related to it that share at least two of its tags and people, in the order they were
 * published; and "Related articles", the others most related to it, most related first.
 * Candidates are the articles nearest in date of each of its first {@link #LABELS} tags
 * and most named people ({@link RelatedCandidates}), scored by {@link Relatedness}: two
 * statements (the candidates and their cards), whatever the size of the archive.
 */
@Service
@Transactional(readOnly = true)
public class RelatedArticles {

	/** How many of an article's tags, and of its people, give candidates. */
	static final int LABELS = 8;

	static final int RELATED = 5;

	static final int LATER = 3;

	/** What "on this story" takes: sharing two tags, a tag and a person, or two people. */
	static final int STORY_LABELS = 2;

	private final RelatedCandidates candidates;

	private final CardRepository cards;

	RelatedArticles(RelatedCandidates candidates, CardRepository cards) {
		this.candidates = candidates;
		this.cards = cards;
	}

	/**
	 * The articles related to one.
	 * @param tags its tags, in the source's order
	 * @param people its people, most named first
	 */
	public Related of(long articleId, long sortKey, List<TagLink> tags, List<PersonLink> people) {
		List<String> tagSlugs = tags.stream().limit(LABELS).map(TagLink::slug).toList();
		List<String> personSlugs = people.stream().limit(LABELS).map(PersonLink::slug).toList();
		if (tagSlugs.isEmpty() && personSlugs.isEmpty()) {
			return Related.NONE;
		}
		List<RelatedCandidates.Candidate> found = this.candidates.find(articleId, sortKey, tagSlugs, personSlugs);
		RelatedCandidates.Candidate self = found.stream().filter((c) -> c.id() == articleId).findFirst().orElse(null);
		if (self == null || found.size() == 1) {
			return Related.NONE;
		}
		List<Scored> ranked = found.stream()
			.filter((c) -> c.id() != articleId)
			.map((c) -> new Scored(c, Relatedness.score(self, c), Relatedness.days(self, c)))
			.sorted(Scored.MOST_RELATED)
			.toList();
		List<Scored> later = ranked.stream()
			.filter((s) -> s.candidate().sortKey() > sortKey && Relatedness.labels(s.candidate()) >= STORY_LABELS)
			.limit(LATER)
			.sorted(Comparator.comparingLong((Scored s) -> s.candidate().sortKey()))
			.toList();
		Set<Long> onTheStory = later.stream().map((s) -> s.candidate().id()).collect(Collectors.toSet());
		List<Scored> related = ranked.stream()
			.filter((s) -> !onTheStory.contains(s.candidate().id()))
			.limit(RELATED)
			.toList();
		List<Long> ids = new ArrayList<>();
		later.forEach((s) -> ids.add(s.candidate().id()));
		related.forEach((s) -> ids.add(s.candidate().id()));
		Map<Long, ArticleCard> byId = this.cards.findCards(ids)
			.stream()
			.collect(Collectors.toMap(ArticleCard::id, Function.identity()));
		return new Related(cardsOf(related, byId), cardsOf(later, byId));
	}

	private static List<ArticleCard> cardsOf(List<Scored> scored, Map<Long, ArticleCard> byId) {
		return scored.stream().map((s) -> byId.get(s.candidate().id())).filter((card) -> card != null).toList();
	}

	/** A candidate with its score and its distance in days. */
	private record Scored(RelatedCandidates.Candidate candidate, double score, long days) {

		/** Highest score first; then nearest in date; then newest. */
		static final Comparator<Scored> MOST_RELATED = Comparator.comparingDouble(Scored::score)
			.reversed()
			.thenComparingLong(Scored::days)
			.thenComparing(Comparator.comparingLong((Scored s) -> s.candidate().sortKey()).reversed());

	}

	/**
	 * @param related the most related articles, most related first
	 * @param later newer articles on the same story, oldest first
	 */
	public record Related(List<ArticleCard> related, List<ArticleCard> later) {

		static final Related NONE = new Related(List.of(), List.of());

	}

}
