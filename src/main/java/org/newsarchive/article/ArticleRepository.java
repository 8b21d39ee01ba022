package org.newsarchive.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

	/** The article at a permalink, without its body. */
	@Query("select a from Article a where a.published = :published and a.slug = :slug")
	Optional<Article> findPlainByPermalink(LocalDate published, String slug);

	/** The article that is the newest capture of an original URL, by its key, without its body. */
	Optional<Article> findByOriginalKey(String originalKey);

	/** The article with this short id, with its body, in one statement. */
	@Query("select a from Article a left join fetch a.blocks where a.id = :id")
	Optional<Article> findWithBodyById(Long id);

	@Query("select o from OldPermalink o where o.published = :published and o.slug = :slug")
	Optional<OldPermalink> findOldPermalink(LocalDate published, String slug);

	@Query("select w from WithdrawnArticle w where w.published = :published and w.slug = :slug")
	Optional<WithdrawnArticle> findWithdrawn(LocalDate published, String slug);

	@Query("select w from WithdrawnArticle w where w.id = :id")
	Optional<WithdrawnArticle> findWithdrawn(Long id);

	/** The source text at a permalink, without the article's body: one statement. */
	@Query("""
			select new org.newsarchive.article.ArchivedSource(s.bytes, a.sourceSha256)
			from ArticleSource s join Article a on a.id = s.articleId
			where a.published = :published and a.slug = :slug""")
	Optional<ArchivedSource> findSource(LocalDate published, String slug);

	@Query("select m from Mention m where m.articleId = :id order by m.position, m.startOffset")
	List<Mention> findMentions(Long id);

}
