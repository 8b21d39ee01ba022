package org.newsarchive.citation;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.newsarchive.ArchiveProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Citations of archived articles, citing the archive's copy at its public address. */
@Service
@Transactional(readOnly = true)
public class CitationService {

	/** One statement, the article's row alone: a citation needs none of its body. */
	private static final String FACTS = """
			select new org.newsarchive.citation.CitedArticle(a.id, a.slug, a.headline, a.publisher, a.published,
			    a.section, a.originalUrl, a.sourceSha256)
			from Article a where a.published = :published and a.slug = :slug""";

	private final ArchiveProperties archive;

	private final EntityManager entities;

	CitationService(ArchiveProperties archive, EntityManager entities) {
		this.archive = archive;
		this.entities = entities;
	}

	/** How to cite the article; {@link Citation#text()} is the line its page shows. */
	public Citation cite(CitedArticle article) {
		return new Citation(article.id(), article.headline(), article.publisher(), article.published(),
				article.section(), article.originalUrl(), this.archive.absolute(article.permalink()),
				article.sourceSha256());
	}

	/** How to cite the article at this permalink, if there is one. */
	public Optional<Citation> find(LocalDate published, String slug) {
		return this.entities.createQuery(FACTS, CitedArticle.class)
			.setParameter("published", published)
			.setParameter("slug", slug)
			.getResultStream()
			.findFirst()
			.map(this::cite);
	}

}
