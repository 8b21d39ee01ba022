package org.newsarchive.source.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated article, ready to write.
 *
 * @param baseName the file name without {@code .txt} or {@code .meta}
 */
record SyntheticArticle(long id, LocalDate published, String baseName, String source, String metadata,
		List<String> tags) {

}
