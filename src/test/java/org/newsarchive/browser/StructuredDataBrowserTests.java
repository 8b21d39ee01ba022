package org.newsarchive.browser;

import org.junit.jupiter.api.Test;
import org.newsarchive.MarkupArticle;
import org.openqa.selenium.By;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article whose headline and tag hold {@code <!--<script>}, {@code </script>} and
 * {@code ]]>}: Chromium once rendered such a page blank, its JSON-LD holding the script
 * element open over the body. The body must be there, headline and text.
 */
class StructuredDataBrowserTests extends BrowserTest {

	@DynamicPropertySource
	static void sources(DynamicPropertyRegistry registry) throws Exception {
		String folder = MarkupArticle.folder().toUri().toString();
		registry.add("archive.sources", () -> "classpath:db/source," + folder);
	}

	@Test
	void rendersTheBodyOfAnArticleWhoseStructuredDataHoldsMarkup() {
		this.driver.get(base() + MarkupArticle.PERMALINK);

		assertThat(this.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo(MarkupArticle.HEADLINE);
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains(MarkupArticle.FIRST_PARAGRAPH);
	}

}
