package org.newsarchive.browse;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles that might be related to one, in one statement of bounded cost: for each
 * of its tags and people, the {@link #NEAREST} articles of that tag or person just
 * before it and just after it, each read from the top of an index range
 * ({@code article_tag (tag_slug, sort_key)}, {@code person_article (person_slug,
 * sort_key)}) as a list page is; then, for each of those, what it shares with the
 * article, by primary key: how many of the article's tags it has
 * ({@code article_tag (article_id, …)}) and how often it names each of the article's
 * people ({@code person_article (person_slug, article_id)}). The article itself is read
 * with them, for how often it names its people. However large the archive or a tag, the
 * statement reads at most (2 × labels × NEAREST + 1) × (labels + 1) index entries.
 */
@Component
@Transactional(readOnly = true)
class RelatedCandidates {

	/** How many articles each tag and person gives, on each side of the article in date. */
	static final int NEAREST = 10;

	private final EntityManager entities;

	RelatedCandidates(EntityManager entities) {
		this.entities = entities;
	}

	/**
	 * The candidates and the article itself ({@link Candidate#id()} {@code == articleId}).
	 * @param tags the article's tags' slugs
	 * @param people the article's people's slugs
	 */
	List<Candidate> find(long articleId, long sortKey, List<String> tags, List<String> people) {
		Query query = this.entities.createNativeQuery(sql(tags.size(), people.size()));
		query.setParameter("self", articleId);
		query.setParameter("key", sortKey);
		for (int i = 0; i < tags.size(); i++) {
			query.setParameter("tag" + i, tags.get(i));
		}
		for (int i = 0; i < people.size(); i++) {
			query.setParameter("person" + i, people.get(i));
		}
		List<Candidate> candidates = new ArrayList<>();
		for (Object result : query.getResultList()) {
			Object[] row = (Object[]) result;
			int[] mentions = new int[people.size()];
			for (int i = 0; i < mentions.length; i++) {
				Object named = row[3 + i];
				mentions[i] = (named != null) ? ((Number) named).intValue() : Candidate.NOT_NAMED;
			}
			candidates.add(new Candidate(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
					((Number) row[2]).intValue(), mentions));
		}
		return candidates;
	}

	/** The statement for an article with this many tags and people (their slugs are parameters). */
	static String sql(int tags, int people) {
		StringBuilder from = new StringBuilder("select a.id as article_id, a.sort_key from article a where a.id = :self");
		for (int i = 0; i < tags; i++) {
			nearest(from, "article_tag", "tag_slug", "tag" + i);
		}
		for (int i = 0; i < people; i++) {
			nearest(from, "person_article", "person_slug", "person" + i);
		}
		StringBuilder sql = new StringBuilder("select c.article_id, c.sort_key, ");
		if (tags == 0) {
			sql.append("0");
		}
		else {
			sql.append("(select count(*) from article_tag t where t.article_id = c.article_id and t.tag_slug in (");
			for (int i = 0; i < tags; i++) {
				sql.append((i > 0) ? ", " : "").append(":tag").append(i);
			}
			sql.append("))");
		}
		for (int i = 0; i < people; i++) {
			sql.append(", (select p.mentions from person_article p where p.person_slug = :person").append(i)
				.append(" and p.article_id = c.article_id)");
		}
		return sql.append(" from (").append(from).append(") c").toString();
	}

	/** The label's articles just before and just after the article, nearest first, from its index. */
	private static void nearest(StringBuilder from, String table, String column, String parameter) {
		String label = "l." + column + " = :" + parameter;
		from.append(" union (select l.article_id, l.sort_key from ").append(table).append(" l where ").append(label)
			.append(" and l.sort_key < :key order by l.").append(column).append(" desc, l.sort_key desc fetch first ")
			.append(NEAREST).append(" rows only)");
		from.append(" union (select l.article_id, l.sort_key from ").append(table).append(" l where ").append(label)
			.append(" and l.sort_key > :key order by l.").append(column).append(", l.sort_key fetch first ")
			.append(NEAREST).append(" rows only)");
	}

	/**
	 * An article that might be related, and what it shares with the article.
	 * @param sharedTags how many of the article's tags it has
	 * @param mentions how often it names each of the article's people, in their order
	 * ({@link #NOT_NAMED} for one it does not; 0 for one only in its photos)
	 */
	record Candidate(long id, long sortKey, int sharedTags, int[] mentions) {

		static final int NOT_NAMED = -1;

	}

}
