package org.newsarchive.tag;

import java.util.List;
import java.util.Optional;

import org.newsarchive.article.ArticleCard;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tags and their articles. List queries order by every column of the index they read,
 * (tag, sort key), so that the database reads a page straight from the index in order
 * and stops at the page's end, however long the list.
 */
@Transactional(readOnly = true)
interface TagRepository extends Repository<Tag, String> {

	Optional<Tag> findBySlug(String slug);

	@Query("select t from Tag t where t.articleCount > 0 order by t.name")
	List<Tag> findAllByName();

	@Query("select t from Tag t where t.articleCount > 0 order by t.articleCount desc, t.name")
	List<Tag> findLargest(Limit limit);

	@Query(ArticleCard.SELECT + """
			 from ArticleTag t join Article a on a.id = t.articleId left join Image i on i.id = a.thumbnailId
			where t.tagSlug = :tag and t.sortKey < :before order by t.tagSlug desc, t.sortKey desc""")
	List<ArticleCard> findOlder(String tag, long before, Limit limit);

	@Query(ArticleCard.SELECT + """
			 from ArticleTag t join Article a on a.id = t.articleId left join Image i on i.id = a.thumbnailId
			where t.tagSlug = :tag and t.sortKey > :after order by t.tagSlug, t.sortKey""")
	List<ArticleCard> findNewer(String tag, long after, Limit limit);

}
