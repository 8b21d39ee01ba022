package org.newsarchive.article;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Finds articles for the pages; read-only, like everything the web layer touches. */
@Transactional(readOnly = true)
interface ArticleRepository extends Repository<Article, Long> {

	/** The article at a permalink, with its body, in one statement. */
	@Query("select a from Article a left join fetch a.blocks where a.published = :published and a.slug = :slug")
	Optional<Article> findByPermalink(LocalDate published, String slug);

	Optional<Article> findById(Long id);

	/** The article with this short id, with its body, in one statement. */
	@Query("select a from Article a left join fetch a.blocks where a.id = :id")
	Optional<Article> findWithBodyById(Long id);

	@Query("select o from OldPermalink o where o.published = :published and o.slug = :slug")
	Optional<OldPermalink> findOldPermalink(LocalDate published, String slug);

	@Query("select w from WithdrawnArticle w where w.published = :published and w.slug = :slug")
	Optional<WithdrawnArticle> findWithdrawn(LocalDate published, String slug);

	@Query("select w from WithdrawnArticle w where w.id = :id")
	Optional<WithdrawnArticle> findWithdrawn(Long id);

	@Query("select s from ArticleSource s where s.articleId = :id")
	Optional<ArticleSource> findSource(Long id);

	@Query("select m from Mention m where m.articleId = :id order by m.position, m.startOffset")
	List<Mention> findMentions(Long id);

	@Query("""
			select new org.newsarchive.article.PersonLink(p.slug, p.name, p.role)
			from PersonArticle pa join Person p on p.slug = pa.personSlug
			where pa.articleId = :id order by pa.mentions desc, p.name""")
	List<PersonLink> findPeople(Long id);

	/** Cards older than {@code before} and from {@code from} on, newest first. */
	@Query(ArticleCard.SELECT + """
			 from Article a left join Image i on i.id = a.thumbnailId
			where a.sortKey < :before and a.sortKey >= :from order by a.sortKey desc""")
	List<ArticleCard> findOlder(long before, long from, Limit limit);

	/** Cards newer than {@code after} and before {@code to}, oldest first. */
	@Query(ArticleCard.SELECT + """
			 from Article a left join Image i on i.id = a.thumbnailId
			where a.sortKey > :after and a.sortKey < :to order by a.sortKey asc""")
	List<ArticleCard> findNewer(long after, long to, Limit limit);

	@Query(ArticleCard.SELECT + " from Article a left join Image i on i.id = a.thumbnailId where a.id in :ids")
	List<ArticleCard> findCards(Collection<Long> ids);

	/** The newest cards of a tag but one article. */
	@Query(ArticleCard.SELECT + """
			 from ArticleTag t join Article a on a.id = t.articleId left join Image i on i.id = a.thumbnailId
			where t.tagSlug = :tag and t.articleId <> :except order by t.tagSlug desc, t.sortKey desc""")
	List<ArticleCard> findByTag(String tag, Long except, Limit limit);

}
