package org.newsarchive.browse;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An article a person appears in, with how often its text names them. */
@Entity
@Immutable
@IdClass(PersonArticle.Key.class)
@Table(name = "person_article")
public class PersonArticle {

	@Id
	private String personSlug;

	@Id
	private Long articleId;

	private long sortKey;

	private int mentions;

	protected PersonArticle() {
	}

	public Long getArticleId() {
		return this.articleId;
	}

	public int getMentions() {
		return this.mentions;
	}

	record Key(String personSlug, Long articleId) implements Serializable {
	}

}
