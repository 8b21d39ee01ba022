package org.newsarchive.source.load;

import java.sql.SQLException;

/**
 * Where an import may make its work durable: after each batch of whole articles. A first
 * import commits there, so that a million articles are never one transaction (H2 grew
 * its file sixteenfold committing one); a later import, which must leave the previous
 * archive as it was if it fails, passes {@link #NONE} and commits once, at the end.
 */
@FunctionalInterface
interface Checkpoint {

	Checkpoint NONE = () -> {
	};

	void reached() throws SQLException;

}
