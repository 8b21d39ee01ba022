package org.newsarchive.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Finds the earlier captures of articles; read-only, like everything the web layer touches. */
@Transactional(readOnly = true)
interface CaptureRepository extends Repository<Capture, Long> {

	/** The earlier captures of an original URL, by its key: their ids and capture dates, in one statement. */
	@Query("select new org.newsarchive.article.DatedCapture(c.id, c.archived) from Capture c where c.originalKey = :key")
	List<DatedCapture> findDatedByOriginalKey(String key);

	Optional<Capture> findById(Long id);

	/** An earlier capture with its body, in one statement. */
	@Query("select c from Capture c left join fetch c.blocks where c.id = :id")
	Optional<Capture> findWithBodyById(Long id);

	/** An earlier capture's source text, without its body: one statement. */
	@Query("""
			select new org.newsarchive.article.ArchivedSource(s.bytes, c.sourceSha256)
			from CaptureSource s join Capture c on c.id = s.captureId
			where c.id = :id""")
	Optional<ArchivedSource> findSource(Long id);

}
