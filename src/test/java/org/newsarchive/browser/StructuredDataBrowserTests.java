package org.newsarchive.browser;

import org.junit.jupiter.api.Test;
import org.newsarchive.MarkupArticle;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article whose headline and tag hold {@code <!--<script>}, {@code </script>} and
 * {@code ]]>}: Chromium once rendered such a page blank, its JSON-LD holding the script
 * element open over the body. The body must be there, headline and text. (The browser
 * suite's archive holds the article: see {@link BrowserTest}.)
 */
class StructuredDataBrowserTests extends BrowserTest {

	@Test
	void rendersTheBodyOfAnArticleWhoseStructuredDataHoldsMarkup() {
		this.driver.get(base() + MarkupArticle.PERMALINK);

		assertThat(this.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo(MarkupArticle.HEADLINE);
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains(MarkupArticle.FIRST_PARAGRAPH);
	}

}
