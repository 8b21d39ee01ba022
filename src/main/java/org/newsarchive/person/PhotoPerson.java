package org.newsarchive.person;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A person named in the label of a photo (block {@code position} of an article). */
@Entity
@Immutable
@IdClass(PhotoPerson.Key.class)
@Table(name = "photo_person")
class PhotoPerson {

	@Id
	private Long articleId;

	@Id
	private Integer position;

	@Id
	private String personSlug;

	private long sortKey;

	protected PhotoPerson() {
	}

	record Key(Long articleId, Integer position, String personSlug) implements Serializable {
	}

}
