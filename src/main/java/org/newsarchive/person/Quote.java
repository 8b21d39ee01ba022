package org.newsarchive.person;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A direct quote in block {@code position} of an article, and who said it. */
@Entity
@Immutable
@IdClass(Quote.Key.class)
@Table(name = "quote")
class Quote {

	@Id
	private Long articleId;

	@Id
	private Integer position;

	@Id
	private Integer ordinal;

	private String speaker;

	private String personSlug;

	private String text;

	private long sortKey;

	protected Quote() {
	}

	record Key(Long articleId, Integer position, Integer ordinal) implements Serializable {
	}

}
