package org.newsarchive.browse;

import java.util.List;

import org.newsarchive.schema.CoverageKind;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface CoverageRepository extends Repository<Coverage, Coverage.Key> {

	/** A key's months, as plain values: a chart of 300 months need not load 300 entities. */
	@Query("""
			select new org.newsarchive.browse.CoverageMonth(c.yearNumber, c.monthNumber, c.articles)
			from Coverage c where c.kind = :kind and c.keySlug = :key
			order by c.yearNumber, c.monthNumber""")
	List<CoverageMonth> find(CoverageKind kind, String key);

	@Query("""
			select c from Coverage c where c.kind = :kind and c.yearNumber = :year
			order by c.monthNumber""")
	List<Coverage> findYear(CoverageKind kind, int year);

	@Query("select distinct c.yearNumber from Coverage c where c.kind = :kind order by c.yearNumber desc")
	List<Integer> findYears(CoverageKind kind);

}
