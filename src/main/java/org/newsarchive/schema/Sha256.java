package org.newsarchive.schema;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as the archive writes it everywhere (source checksums, image ids, ETags):
 * lowercase hex.
 */
public final class Sha256 {

	private Sha256() {
	}

	/** A fresh digest, for content read in pieces. */
	public static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** The hash of these parts, one after the other. */
	public static String hex(byte[]... parts) {
		MessageDigest digest = digest();
		for (byte[] part : parts) {
			digest.update(part);
		}
		return hex(digest);
	}

	/** What a digest has read, finished. */
	public static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

}
