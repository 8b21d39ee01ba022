package org.newsarchive.article;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A permalink an article was published at before its date or slug changed. */
@Entity
@Immutable
@IdClass(OldPermalink.Key.class)
@Table(name = "old_permalink")
class OldPermalink {

	@Id
	private LocalDate published;

	@Id
	private String slug;

	private long articleId;

	protected OldPermalink() {
	}

	long getArticleId() {
		return this.articleId;
	}

	record Key(LocalDate published, String slug) implements Serializable {
	}

}
