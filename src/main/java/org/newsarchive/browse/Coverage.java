package org.newsarchive.browse;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.newsarchive.schema.CoverageKind;

/** How many articles of a tag, a person or the whole archive (kind ALL) a month holds. */
@Entity
@Immutable
@IdClass(Coverage.Key.class)
@Table(name = "coverage")
class Coverage {

	@Id
	@Enumerated(EnumType.STRING)
	private CoverageKind kind;

	@Id
	private String keySlug;

	@Id
	private Integer yearNumber;

	@Id
	private Integer monthNumber;

	private int articles;

	protected Coverage() {
	}

	int getYearNumber() {
		return this.yearNumber;
	}

	int getMonthNumber() {
		return this.monthNumber;
	}

	int getArticles() {
		return this.articles;
	}

	record Key(CoverageKind kind, String keySlug, Integer yearNumber, Integer monthNumber) implements Serializable {
	}

}
