package org.newsarchive.browse;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An article's tag, with the article's sort key for keyset paging within the tag. */
@Entity
@Immutable
@IdClass(ArticleTag.Key.class)
@Table(name = "article_tag")
class ArticleTag {

	// Named as the article's tags join table names them, which maps the same table.
	@Id
	@Column(name = "article_id")
	private Long articleId;

	@Id
	@Column(name = "position")
	private Integer position;

	@Column(name = "tag_slug")
	private String tagSlug;

	private long sortKey;

	protected ArticleTag() {
	}

	record Key(Long articleId, Integer position) implements Serializable {
	}

}
