package org.newsarchive.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsarchive.ArchiveClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.SHORT_LINK;

/** Links as a browser resolves them: every internal one answers, every fragment has its target. */
class LinkTests extends BrowserTest {

	/** What each address answered, so that a link shared by many pages is asked once. */
	final Map<String, Integer> answers = new LinkedHashMap<>();

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageKind.class)
	void everyInternalLinkAnswers(PageKind kind) throws Exception {
		this.driver.get(base() + kind.path);
		String page = this.driver.getCurrentUrl().replaceFirst("#.*", "");
		List<String> links = this.driver.findElements(By.cssSelector("a[href]"))
			.stream()
			.map((a) -> a.getDomProperty("href"))
			.filter((href) -> href.startsWith(base() + "/"))
			// Links within the page: everyFragmentLinkHasItsTarget
			.filter((href) -> !href.startsWith(page + "#"))
			.map((href) -> href.replaceFirst("#.*", ""))
			.distinct()
			.toList();
		Map<String, Integer> failing = new LinkedHashMap<>();
		for (String link : links) {
			int status = status(link);
			if (status != 200) {
				failing.put(link, status);
			}
		}

		assertThat(links).isNotEmpty();
		assertThat(failing).as("internal links of %s that do not answer 200", kind.path).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageKind.class)
	void everyFragmentLinkHasItsTarget(PageKind kind) {
		this.driver.get(base() + kind.path);
		String page = this.driver.getCurrentUrl().replaceFirst("#.*", "");
		List<String> missing = this.driver.findElements(By.cssSelector("a[href*='#']"))
			.stream()
			.map((a) -> a.getDomProperty("href"))
			.filter((href) -> href.startsWith(page + "#"))
			.map((href) -> href.substring(href.indexOf('#') + 1))
			.filter((id) -> this.driver.findElements(By.id(id)).isEmpty())
			.toList();

		assertThat(missing).as("fragments of %s without an element of that id", kind.path).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageKind.class)
	void namesAnIconThatAnswers(PageKind kind) throws Exception {
		// Without one, browsers ask for /favicon.ico, and log its 404 as an error.
		this.driver.get(base() + kind.path);
		List<String> icons = this.driver.findElements(By.cssSelector("link[rel~=icon]"))
			.stream()
			.map((link) -> link.getDomProperty("href"))
			.toList();

		assertThat(icons).isNotEmpty();
		for (String icon : icons) {
			ArchiveClient.Response answer = this.http.followingRedirects().get(icon);
			assertThat(answer.statusCode()).as(icon).isEqualTo(200);
			assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("image/"));
			assertThat(answer.body()).isNotEmpty();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyBlockOfTheArticleHasItsOwnParagraphAnchor() {
		this.driver.get(base() + PageKind.ARTICLE.path);
		List<String> anchors = this.driver.findElements(By.cssSelector(".article-body [id]"))
			.stream()
			.map((element) -> element.getDomAttribute("id"))
			.toList();
		List<Object> duplicates = (List<Object>) this.driver.executeScript("""
				const ids = Array.from(document.querySelectorAll('[id]'), (e) => e.id);
				return ids.filter((id, i) => ids.indexOf(id) !== i);
				""");

		assertThat(anchors).as("the blocks' anchors, in reading order")
			.hasSizeGreaterThan(20)
			.isEqualTo(IntStream.rangeClosed(1, anchors.size()).mapToObj((n) -> "p" + n).toList());
		assertThat(duplicates).as("ids used twice").isEmpty();
	}

	@Test
	void aParagraphPermalinkOpensAtThatParagraph() {
		this.driver.get(base() + PageKind.ARTICLE.path + "#p20");
		WebElement target = this.driver.findElement(By.cssSelector(":target"));
		Number top = (Number) this.driver.executeScript("return arguments[0].getBoundingClientRect().top", target);
		Number height = (Number) this.driver.executeScript("return window.innerHeight");

		assertThat(target.getDomAttribute("id")).isEqualTo("p20");
		assertThat(top.doubleValue()).as("the paragraph is on screen").isBetween(-1.0, height.doubleValue() / 2);
		assertThat((Number) this.driver.executeScript("return window.scrollY")).matches((y) -> y.doubleValue() > 0);
	}

	@Test
	void theShortLinkLeadsToThePermalink() {
		this.driver.get(base() + SHORT_LINK);

		assertThat(this.driver.getCurrentUrl()).isEqualTo(base() + PageKind.ARTICLE.path);
	}

	private int status(String link) throws Exception {
		Integer known = this.answers.get(link);
		if (known != null) {
			return known;
		}
		int status = this.http.followingRedirects().get(link).statusCode();
		this.answers.put(link, status);
		return status;
	}

}
