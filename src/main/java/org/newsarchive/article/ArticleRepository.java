package org.newsarchive.article;

import java.time.LocalDate;
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

	@Query("""
			select new org.newsarchive.article.ArticleCard(a.id, a.slug, a.headline, a.published, a.publisher)
			from Article a order by a.published desc, a.id desc""")
	List<ArticleCard> findLatest(Limit limit);

	@Query("select s from ArticleSource s where s.articleId = :id")
	Optional<ArticleSource> findSource(Long id);

}
