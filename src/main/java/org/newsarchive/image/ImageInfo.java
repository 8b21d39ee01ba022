package org.newsarchive.image;

import org.newsarchive.web.Links;

/**
 * What a page needs to know of an image, without its bytes.
 *
 * @param variantOf the id of the image this is a resized rendition of, or null
 */
public record ImageInfo(String id, String fileName, String mediaType, int width, int height, String variantOf) {

	public String url() {
		return Links.image(this.id, this.fileName);
	}

	public boolean isPlaceholder() {
		return "image/svg+xml".equals(this.mediaType);
	}

}
