package org.newsarchive.citation;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.newsarchive.ArchiveProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Citations of archived articles, citing the archive's copy at its public address. */
@Service
@Transactional(readOnly = true)
public class CitationService {

	/** One statement, the article's row and the count of its blocks: a citation needs none of their text. */
	private static final String FACTS = """
			select new org.newsarchive.citation.CitedArticle(a.id, a.slug, a.headline, a.publisher, a.published,
			    a.section, a.originalUrl, a.sourceSha256, a.archived, size(a.blocks))
			from Article a""";

	private final ArchiveProperties archive;

	private final EntityManager entities;

	CitationService(ArchiveProperties archive, EntityManager entities) {
		this.archive = archive;
		this.entities = entities;
	}

	/** How to cite the article, as its page does. */
	public Citation cite(CitedArticle article) {
		return new Citation(article.id(), article.headline(), article.publisher(), article.published(),
				article.section(), article.originalUrl(), this.archive.absolute(article.permalink()),
				article.sourceSha256(), (article.archived() != null) ? article.archived().localDate() : null, 0);
	}

	/** How to cite the article at this permalink, if there is one. */
	public Optional<Citation> find(LocalDate published, String slug) {
		return find(published, slug, 0);
	}

	/**
	 * How to cite one block of the article at this permalink ({@code #p7}: 7), or the whole
	 * article (0); empty when there is no such article or it has no such block.
	 */
	public Optional<Citation> find(LocalDate published, String slug, int block) {
		return cited(this.entities.createQuery(FACTS + " where a.published = :published and a.slug = :slug",
				CitedArticle.class)
			.setParameter("published", published)
			.setParameter("slug", slug), block);
	}

	/** How to cite one block of the article with this short id, or the whole article (0). */
	public Optional<Citation> findById(long id, int block) {
		return cited(this.entities.createQuery(FACTS + " where a.id = :id", CitedArticle.class).setParameter("id", id),
				block);
	}

	private Optional<Citation> cited(TypedQuery<CitedArticle> query, int block) {
		return query.getResultStream()
			.findFirst()
			.filter((article) -> block == 0 || article.hasBlock(block))
			.map((article) -> cite(article).ofBlock(block));
	}

}
