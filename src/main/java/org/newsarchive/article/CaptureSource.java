package org.newsarchive.article;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The source text of an earlier capture, byte for byte; read as {@link ArchivedSource}. */
@Entity
@Immutable
@Table(name = "capture_source")
class CaptureSource {

	@Id
	private Long captureId;

	private byte[] bytes;

	protected CaptureSource() {
	}

}
