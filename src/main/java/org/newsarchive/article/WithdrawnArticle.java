package org.newsarchive.article;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An article withdrawn from the archive: what its address needs to say so. */
@Entity
@Immutable
@Table(name = "withdrawn_article")
class WithdrawnArticle {

	@Id
	private Long id;

	private LocalDate published;

	private String slug;

	private String headline;

	private String reason;

	protected WithdrawnArticle() {
	}

	Long getId() {
		return this.id;
	}

	LocalDate getPublished() {
		return this.published;
	}

	String getSlug() {
		return this.slug;
	}

	String getHeadline() {
		return this.headline;
	}

	String getReason() {
		return this.reason;
	}

}
