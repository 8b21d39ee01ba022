package org.newsarchive.image;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * An image and its bytes, stored under a content address. Public as the card lists read
 * its thumbnail columns ({@code browse.CardRepository}); its bytes stay this package's.
 */
@Entity
@Immutable
@Table(name = "image")
public class Image {

	@Id
	private String id;

	private String fileName;

	private String mediaType;

	private int width;

	private int height;

	private String variantOf;

	private String sha256;

	private byte[] bytes;

	protected Image() {
	}

	String getId() {
		return this.id;
	}

	String getFileName() {
		return this.fileName;
	}

	String getMediaType() {
		return this.mediaType;
	}

	String getSha256() {
		return this.sha256;
	}

	byte[] getBytes() {
		return this.bytes;
	}

}
