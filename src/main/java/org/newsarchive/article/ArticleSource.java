package org.newsarchive.article;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The source text of an article, byte for byte as it was imported; read as {@link ArchivedSource}. */
@Entity
@Immutable
@Table(name = "article_source")
class ArticleSource {

	@Id
	private Long articleId;

	private byte[] bytes;

	protected ArticleSource() {
	}

}
