package org.newsarchive.article;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.newsarchive.schema.CaptureDate;

/** An archived article as the import wrote it. Read-only: the sources are the truth. */
@Entity
@Immutable
@Table(name = "article")
public class Article {

	@Id
	private Long id;

	private String slug;

	private LocalDate published;

	private String headline;

	private String publisher;

	private String originalUrl;

	private String section;

	private String sourceName;

	private String sourceSha256;

	private long sortKey;

	private String summary;

	private String thumbnailId;

	/** {@link CaptureDate#iso()}, as the import wrote it. */
	private String archived;

	/** Month × 100 + day of {@link #published}: read by the on-this-day lists' queries alone. */
	private int monthDay;

	/** The original URL as its captures share it ({@code OriginalUrlKey}). */
	private String originalKey;

	@ElementCollection
	@CollectionTable(name = "article_block", joinColumns = @JoinColumn(name = "article_id"))
	@OrderBy("position")
	private List<ArticleBlock> blocks;

	protected Article() {
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public LocalDate getPublished() {
		return this.published;
	}

	public String getHeadline() {
		return this.headline;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getOriginalUrl() {
		return this.originalUrl;
	}

	public String getSection() {
		return this.section;
	}

	public String getSourceName() {
		return this.sourceName;
	}

	public String getSourceSha256() {
		return this.sourceSha256;
	}

	public long getSortKey() {
		return this.sortKey;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getThumbnailId() {
		return this.thumbnailId;
	}

	/** When the archive took the text. */
	public CaptureDate archived() {
		return CaptureDate.parse(this.archived);
	}

	public List<ArticleBlock> getBlocks() {
		return this.blocks;
	}

}
