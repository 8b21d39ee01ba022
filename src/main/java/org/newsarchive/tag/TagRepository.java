package org.newsarchive.tag;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Tags; their articles are a card list of the read model ({@code browse.CardLists}). */
@Transactional(readOnly = true)
interface TagRepository extends Repository<Tag, String> {

	Optional<Tag> findBySlug(String slug);

	@Query("select t from Tag t where t.articleCount > 0 order by t.name")
	List<Tag> findAllByName();

	@Query("select t from Tag t where t.articleCount > 0 order by t.articleCount desc, t.name")
	List<Tag> findLargest(Limit limit);

}
