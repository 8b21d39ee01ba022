package org.newsarchive.article;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A mention of a person in the text of block {@code position}, by character offsets. */
@Entity
@Immutable
@IdClass(Mention.Key.class)
@Table(name = "mention")
class Mention {

	@Id
	private Long articleId;

	@Id
	private Integer position;

	@Id
	private Integer startOffset;

	private int endOffset;

	private String personSlug;

	protected Mention() {
	}

	int getPosition() {
		return this.position;
	}

	int getStartOffset() {
		return this.startOffset;
	}

	int getEndOffset() {
		return this.endOffset;
	}

	String getPersonSlug() {
		return this.personSlug;
	}

	record Key(Long articleId, Integer position, Integer startOffset) implements Serializable {
	}

}
