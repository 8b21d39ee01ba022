package org.newsarchive.person;

import java.util.List;
import java.util.Optional;

import org.newsarchive.article.ArticleCard;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and what the archive holds of them. List queries order by every column of the
 * index they read, (person, sort key, ...), so that the database reads a page straight
 * from the index in order and stops at the page's end, however long the list.
 */
@Transactional(readOnly = true)
interface PersonRepository extends Repository<Person, String> {

	Optional<Person> findBySlug(String slug);

	@Query("select p from Person p where p.articleCount > 0 order by p.name")
	List<Person> findAllByName();

	@Query("select p from Person p where p.articleCount > 0 order by p.articleCount desc, p.mentionCount desc, p.name")
	List<Person> findMostInTheNews(Limit limit);

	/** The cards, with how often each article names the person, read from the same row of their list. */
	@Query(MentioningCard.SELECT + """
			 from PersonArticle p join Article a on a.id = p.articleId left join Image i on i.id = a.thumbnailId
			where p.personSlug = :person and p.sortKey < :before order by p.personSlug desc, p.sortKey desc""")
	List<MentioningCard> findOlder(String person, long before, Limit limit);

	@Query(MentioningCard.SELECT + """
			 from PersonArticle p join Article a on a.id = p.articleId left join Image i on i.id = a.thumbnailId
			where p.personSlug = :person and p.sortKey > :after order by p.personSlug, p.sortKey""")
	List<MentioningCard> findNewer(String person, long after, Limit limit);

	@Query("""
			select new org.newsarchive.person.PhotoView(a.published, a.slug, a.headline, b.position, b.label, b.credit,
			    b.text, i.id, i.fileName, i.width, i.height)
			from PhotoPerson pp join Article a on a.id = pp.articleId join a.blocks b
			    left join Image i on i.id = b.imageId
			where pp.personSlug = :person and b.position = pp.position
			order by pp.personSlug desc, pp.sortKey desc, pp.position desc""")
	List<PhotoView> findPhotos(String person, Limit limit);

	@Query("""
			select new org.newsarchive.person.QuoteView(q.text, q.position, a.published, a.slug, a.headline)
			from Quote q join Article a on a.id = q.articleId
			where q.personSlug = :person order by q.personSlug desc, q.sortKey desc, q.position desc, q.ordinal desc""")
	List<QuoteView> findQuotes(String person, Limit limit);

}
