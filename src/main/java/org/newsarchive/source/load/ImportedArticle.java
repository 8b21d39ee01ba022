package org.newsarchive.source.load;

import java.time.LocalDate;

/**
 * What the database holds of an article: enough to skip it when nothing it was read
 * from changed, or to redirect from its permalink when that did.
 *
 * @param capture whether it is an earlier capture (a row of {@code capture}), not the article row
 */
record ImportedArticle(String importSha256, LocalDate published, String slug, boolean capture) {

}
