package org.newsarchive.person;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * People, their photos and their quotes; their articles are a card list of the read
 * model ({@code browse.CardLists}). List queries order by every column of the index they
 * read, (person, sort key, ...), so that the database reads them straight from the index.
 */
@Transactional(readOnly = true)
interface PersonRepository extends Repository<Person, String> {

	Optional<Person> findBySlug(String slug);

	@Query("select p from Person p where p.articleCount > 0 order by p.name")
	List<Person> findAllByName();

	@Query("select p from Person p where p.articleCount > 0 order by p.articleCount desc, p.mentionCount desc, p.name")
	List<Person> findMostInTheNews(Limit limit);

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
