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

/**
 * An earlier capture of an article's original URL, as the import kept it: its own short
 * id, its text's blocks and its facts. The newest capture is the {@link Article}.
 */
@Entity
@Immutable
@Table(name = "capture")
class Capture {

	@Id
	private Long id;

	private String originalKey;

	/** {@link CaptureDate#iso()}, as the import wrote it. */
	private String archived;

	private LocalDate published;

	private String slug;

	private String headline;

	private String publisher;

	private String originalUrl;

	private String section;

	private String sourceName;

	private String sourceSha256;

	@ElementCollection
	@CollectionTable(name = "capture_block", joinColumns = @JoinColumn(name = "capture_id"))
	@OrderBy("position")
	private List<ArticleBlock> blocks;

	protected Capture() {
	}

	Long getId() {
		return this.id;
	}

	String getOriginalKey() {
		return this.originalKey;
	}

	CaptureDate archived() {
		return CaptureDate.parse(this.archived);
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

	String getPublisher() {
		return this.publisher;
	}

	String getOriginalUrl() {
		return this.originalUrl;
	}

	String getSection() {
		return this.section;
	}

	String getSourceName() {
		return this.sourceName;
	}

	String getSourceSha256() {
		return this.sourceSha256;
	}

	List<ArticleBlock> getBlocks() {
		return this.blocks;
	}

}
