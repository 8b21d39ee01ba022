package org.newsarchive.tag;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A tag, with the URL slug its page lives at. */
@Entity
@Immutable
@Table(name = "tag")
public class Tag {

	@Id
	private String slug;

	private String name;

	private int articleCount;

	protected Tag() {
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public int getArticleCount() {
		return this.articleCount;
	}

}
