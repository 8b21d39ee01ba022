package org.newsarchive.article;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface CoverageRepository extends Repository<Coverage, Coverage.Key> {

	@Query("""
			select c from Coverage c where c.kind = :kind and c.keySlug = :key
			order by c.yearNumber, c.monthNumber""")
	List<Coverage> find(String kind, String key);

	@Query("""
			select c from Coverage c where c.kind = 'ALL' and c.yearNumber = :year
			order by c.monthNumber""")
	List<Coverage> findYear(int year);

	@Query("select distinct c.yearNumber from Coverage c where c.kind = 'ALL' order by c.yearNumber desc")
	List<Integer> findYears();

}
