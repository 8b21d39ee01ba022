package org.newsarchive;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A source whose headline and tag hold markup, as a scrape can: text that would close
 * ({@code </script>}) or hold open ({@code <!--<script>}) the script element of the
 * page's structured data, were it written there as it is.
 */
public final class MarkupArticle {

	public static final String HEADLINE = "Officials warn <!--<script> and </script> and ]]> & more are only text";

	public static final String PERMALINK = "/2021/03/04/officials-warn-script-and-script-and-more-are-only-text";

	public static final String FIRST_PARAGRAPH = "The first paragraph, after the headline.";

	private MarkupArticle() {
	}

	/** A folder of sources holding this article (id 2), for {@code archive.sources}. */
	public static Path folder() throws IOException {
		Path folder = TemporaryFolders.create("markup-sources");
		SourceBuilder.article(2).headline(HEADLINE).paragraph(FIRST_PARAGRAPH).published("2021-03-04")
			.tags("<!--<script>", "Diplomacy")
			.writeTo(folder, "markup");
		return folder;
	}

}
