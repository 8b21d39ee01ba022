package org.newsarchive.citation;

import org.newsarchive.ArchiveProperties;
import org.newsarchive.article.ArticleView;

import org.springframework.stereotype.Service;

/** Citations of archived articles, citing the archive's copy at its public address. */
@Service
public class CitationService {

	private final ArchiveProperties archive;

	CitationService(ArchiveProperties archive) {
		this.archive = archive;
	}

	/** How to cite the article; {@link Citation#text()} is the line its page shows. */
	public Citation cite(ArticleView article) {
		return new Citation(article.id(), article.headline(), article.publisher(), article.published(),
				article.section(), article.originalUrl(), this.archive.absolute(article.permalink()),
				article.sourceSha256());
	}

}
