package org.newsarchive.person;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A person the archive knows, with the counts the import keeps. Public as an article's
 * people are read with its name and role ({@code browse.CardRepository}).
 */
@Entity
@Immutable
@Table(name = "person")
public class Person {

	@Id
	private String slug;

	private String name;

	private String role;

	private int articleCount;

	private int mentionCount;

	protected Person() {
	}

	String getSlug() {
		return this.slug;
	}

	String getName() {
		return this.name;
	}

	String getRole() {
		return this.role;
	}

	int getArticleCount() {
		return this.articleCount;
	}

	int getMentionCount() {
		return this.mentionCount;
	}

}
