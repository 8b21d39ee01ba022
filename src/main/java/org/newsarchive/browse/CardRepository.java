package org.newsarchive.browse;

import java.util.Collection;
import java.util.List;

import org.newsarchive.schema.SortKey;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The card lists, one query per kind of list and direction: the archive by date, a
 * tag's, a person's. Each orders by every column of the index it reads (the article's
 * sort key; tag and sort key; person and sort key), so that the database reads a page
 * straight from the index in order and stops at its end, however long the list. The
 * domain type is only Spring Data's anchor: every query selects cards.
 */
@Transactional(readOnly = true)
interface CardRepository extends Repository<ArticleTag, ArticleTag.Key> {

	String CARDS = "select new org.newsarchive.browse.ArticleCard(" + ArticleCard.COLUMNS + ")";

	String MENTIONING_CARDS = "select new org.newsarchive.browse.MentioningCard(" + MentioningCard.COLUMNS + ")";

	String THUMBNAIL = " left join Image i on i.id = a.thumbnailId";

	/** Cards older than {@code before} and from {@code from} on, newest first. */
	@Query(CARDS + " from Article a" + THUMBNAIL
			+ " where a.sortKey < :before and a.sortKey >= :from order by a.sortKey desc")
	List<ArticleCard> findOlder(long before, long from, Limit limit);

	/** Cards newer than {@code after} and before {@code to}, oldest first. */
	@Query(CARDS + " from Article a" + THUMBNAIL + " where a.sortKey > :after and a.sortKey < :to order by a.sortKey")
	List<ArticleCard> findNewer(long after, long to, Limit limit);

	/** One calendar day's cards across the years, older than {@code before}, newest first. */
	@Query(CARDS + " from Article a" + THUMBNAIL
			+ " where a.monthDay = :monthDay and a.sortKey < :before order by a.monthDay desc, a.sortKey desc")
	List<ArticleCard> findOlderOnDay(int monthDay, long before, Limit limit);

	@Query(CARDS + " from Article a" + THUMBNAIL
			+ " where a.monthDay = :monthDay and a.sortKey > :after order by a.monthDay, a.sortKey")
	List<ArticleCard> findNewerOnDay(int monthDay, long after, Limit limit);

	/**
	 * The days from {@code from} up to {@code until} that hold articles, with how many:
	 * read from the sort keys alone, whose index holds the day.
	 */
	@Query("select new org.newsarchive.browse.DayCount(a.sortKey / " + SortKey.DAY + "L, count(a)) from Article a"
			+ " where a.sortKey >= :from and a.sortKey < :until group by a.sortKey / " + SortKey.DAY + "L")
	List<DayCount> countDays(long from, long until);

	@Query(CARDS + " from Article a" + THUMBNAIL + " where a.id in :ids")
	List<ArticleCard> findCards(Collection<Long> ids);

	@Query(CARDS + " from ArticleTag t join Article a on a.id = t.articleId" + THUMBNAIL
			+ " where t.tagSlug = :tag and t.sortKey < :before order by t.tagSlug desc, t.sortKey desc")
	List<ArticleCard> findOlderOfTag(String tag, long before, Limit limit);

	@Query(CARDS + " from ArticleTag t join Article a on a.id = t.articleId" + THUMBNAIL
			+ " where t.tagSlug = :tag and t.sortKey > :after order by t.tagSlug, t.sortKey")
	List<ArticleCard> findNewerOfTag(String tag, long after, Limit limit);

	/** The cards, with how often each article names the person, read from the same row of their list. */
	@Query(MENTIONING_CARDS + " from PersonArticle p join Article a on a.id = p.articleId" + THUMBNAIL
			+ " where p.personSlug = :person and p.sortKey < :before order by p.personSlug desc, p.sortKey desc")
	List<MentioningCard> findOlderOfPerson(String person, long before, Limit limit);

	@Query(MENTIONING_CARDS + " from PersonArticle p join Article a on a.id = p.articleId" + THUMBNAIL
			+ " where p.personSlug = :person and p.sortKey > :after order by p.personSlug, p.sortKey")
	List<MentioningCard> findNewerOfPerson(String person, long after, Limit limit);

	/** An article's tags, in the source's order. */
	@Query("""
			select new org.newsarchive.browse.TagLink(g.name, g.slug)
			from ArticleTag t join Tag g on g.slug = t.tagSlug where t.articleId = :id order by t.position""")
	List<TagLink> findTags(long id);

	/** The people an article names, most named first. */
	@Query("""
			select new org.newsarchive.browse.PersonLink(p.slug, p.name, p.role)
			from PersonArticle pa join Person p on p.slug = pa.personSlug
			where pa.articleId = :id order by pa.mentions desc, p.name""")
	List<PersonLink> findPeople(long id);

}
