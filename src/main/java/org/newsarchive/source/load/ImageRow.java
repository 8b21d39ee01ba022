package org.newsarchive.source.load;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
		String sha256 = sha256(bytes);
		return new ImageRow(sha256.substring(0, ID_LENGTH), fileName, mediaType, width, height, sha256, variantOf,
				bytes);
	}

	static String sha256(byte[]... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (byte[] part : parts) {
				digest.update(part);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
