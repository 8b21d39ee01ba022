package org.newsarchive.source.load;

import org.newsarchive.schema.Sha256;

/**
 * An image as stored: content-addressed, so the same bytes always get the same id and
 * URL, on every import and on every replica.
 *
 * @param variantOf the id of the image this is a resized rendition of, or null
 */
record ImageRow(String id, String fileName, String mediaType, int width, int height, String sha256,
		String variantOf, byte[] bytes) {

	private static final int ID_LENGTH = 32;

	static ImageRow of(String fileName, String mediaType, int width, int height, String variantOf, byte[] bytes) {
		String sha256 = Sha256.hex(bytes);
		return new ImageRow(sha256.substring(0, ID_LENGTH), fileName, mediaType, width, height, sha256, variantOf,
				bytes);
	}

}
