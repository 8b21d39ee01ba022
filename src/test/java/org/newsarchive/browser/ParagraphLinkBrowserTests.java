package org.newsarchive.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.Seed.PERMALINK;

/**
 * Each block's link to its own anchor, in a real browser: it shows when the reader points
 * at the block and when the keyboard reaches it, it is announced by its name, following it
 * offers the block's citation, its copy button copies the block's permalink and says so,
 * and print leaves it out.
 */
class ParagraphLinkBrowserTests extends BrowserTest {

	/** The seed's blocks: #p1 to #p26. */
	static final int BLOCKS = 26;

	@Test
	void everyBlockShowsALinkToItsOwnAnchorWhenPointedAt() {
		mouse();
		open("");
		List<WebElement> blocks = this.driver.findElements(By.cssSelector(".article-body [id]"));

		assertThat(blocks).hasSize(BLOCKS);
		for (WebElement block : blocks) {
			String anchor = block.getDomAttribute("id");
			WebElement link = linkOf(block);
			assertThat(link.getDomAttribute("href")).isEqualTo("#" + anchor);
			new Actions(this.driver).moveToElement(block).perform();
			assertThat(opacity(link)).as("#%s's link while the block is pointed at", anchor).isEqualTo("1");
			assertThat(link.isDisplayed()).as("#%s's link", anchor).isTrue();
			assertThat(link.getSize().getWidth()).as("#%s's link has a sign to see", anchor).isPositive();
		}
	}

	@Test
	void hidesTheLinksOfBlocksNotPointedAtNorFocused() {
		mouse();
		open("");
		new Actions(this.driver).moveToElement(this.driver.findElement(By.tagName("h1"))).perform();

		assertThat(opacity(this.driver.findElement(By.cssSelector("#p5 .block-link")))).isEqualTo("0");
		assertThat(this.driver.findElement(By.cssSelector("#p5 .block-cite")).isDisplayed()).isFalse();
	}

	/**
	 * A touch screen cannot point, so the links show there without it. This browser has a
	 * mouse (and CDP cannot take it away), so the rule is read from the stylesheet as the
	 * browser parsed it.
	 */
	@Test
	void showsEveryBlockLinkOnATouchScreenWhichCannotPoint() {
		open("");
		Object rule = this.driver.executeScript("""
				for (const sheet of document.styleSheets) {
					for (const rule of sheet.cssRules) {
						if (rule instanceof CSSMediaRule && rule.conditionText === '(hover: none)') {
							return Array.from(rule.cssRules, (r) => r.cssText).join(' ');
						}
					}
				}
				return null;""");

		assertThat(rule).isEqualTo(".block-link { opacity: 1; }");
	}

	@Test
	void theKeyboardReachesABlockLinkThatIsAnnouncedByItsNameAndShows() {
		mouse();
		open("");
		WebElement focused = null;
		for (int i = 0; i < 100 && focused == null; i++) {
			new Actions(this.driver).sendKeys(Keys.TAB).perform();
			WebElement active = this.driver.switchTo().activeElement();
			if ("block-link".equals(active.getDomAttribute("class"))) {
				focused = active;
			}
		}

		assertThat(focused).as("a block link among the first 100 tab stops").isNotNull();
		assertThat(focused.getAriaRole()).isEqualTo("link");
		assertThat(focused.getAccessibleName()).isEqualTo("Link to paragraph 1");
		assertThat(opacity(focused)).isEqualTo("1");
		assertThat(focused.isDisplayed()).isTrue();
		Number top = (Number) this.driver.executeScript("return arguments[0].getBoundingClientRect().top", focused);
		Number height = (Number) this.driver.executeScript("return window.innerHeight");
		assertThat(top.doubleValue()).as("the focused link is on screen").isBetween(0.0, height.doubleValue());

		focused.sendKeys(Keys.ENTER);
		assertThat(this.driver.getCurrentUrl()).endsWith(PERMALINK + "#p1");
		WebElement cite = this.driver.findElement(By.cssSelector("#p1 .block-cite"));
		assertThat(cite.isDisplayed()).as("following the link offers the block's citation").isTrue();
		assertThat(cite.getAccessibleName()).isEqualTo("Cite paragraph 1");
	}

	@Test
	void theTargetedBlockOffersItsPinpointCitation() {
		open("#p7");
		WebElement cite = this.driver.findElement(By.cssSelector("#p7 .block-cite"));

		assertThat(cite.isDisplayed()).isTrue();
		cite.click();
		assertThat(this.driver.getCurrentUrl()).isEqualTo(base() + PERMALINK + "/cite?p=7");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).contains("paragraph 7");
	}

	@Test
	void theCopyButtonCopiesTheBlocksPermalinkAndSaysSo() {
		this.driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", base(), "permissions",
				List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
		open("#p7");
		WebElement copy = this.driver.findElement(By.cssSelector("#p7 .block-copy"));

		assertThat(copy.isDisplayed()).isTrue();
		assertThat(copy.getAccessibleName()).isEqualTo("Copy link to paragraph 7");
		copy.click();
		String copied = (String) this.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				navigator.clipboard.readText().then(done, (error) => done('failed: ' + error));
				""");
		// The canonical address (archive.base-url), whatever host the page was read through.
		assertThat(copied).isEqualTo("http://localhost:8080" + PERMALINK + "#p7");
		WebElement status = this.driver.findElement(By.cssSelector(".copy-status"));
		assertThat(status.getDomAttribute("aria-live")).isEqualTo("polite");
		assertThat(status.getDomProperty("textContent")).startsWith("Link to paragraph 7 copied");
	}

	@Test
	void printsTheLinksAsNothing() {
		open("#p7");
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			Number shown = (Number) this.driver.executeScript("""
					return Array.from(document.querySelectorAll('.block-tools'))
						.filter((tools) => getComputedStyle(tools).display !== 'none').length""");
			Number all = (Number) this.driver.executeScript("return document.querySelectorAll('.block-tools').length");
			assertThat(all.intValue()).isEqualTo(BLOCKS);
			assertThat(shown.intValue()).as("block links printed").isZero();
		}
		finally {
			this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	/**
	 * Headless Chromium has no mouse, so it matches {@code (hover: none)}, as a touch
	 * screen does; this browser says it has one (Blink's hover and pointer types: hover,
	 * fine), as a desktop's does.
	 */
	@Override
	List<String> browserArguments() {
		return List.of("--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4");
	}

	/** A desktop's mouse, which can hover: the links wait for the pointer or the focus. */
	private void mouse() {
		assertThat(this.driver.executeScript("return matchMedia('(hover: hover)').matches")).isEqualTo(true);
	}

	private void open(String fragment) {
		this.driver.get(base() + PERMALINK + fragment);
		// Lay out every block, as a reader who scrolled through has seen it (content-visibility).
		this.driver.executeScript(
				"document.querySelectorAll('.article-body > *').forEach((e) => e.style.contentVisibility = 'visible')");
	}

	/** A block's link: in it, or beside it for a heading. */
	private WebElement linkOf(WebElement block) {
		List<WebElement> inside = block.findElements(By.cssSelector(":scope > .block-tools > .block-link"));
		return inside.isEmpty() ? block.findElement(By.xpath("following-sibling::*[@class='block-tools']/a[@class='block-link']"))
				: inside.get(0);
	}

	private String opacity(WebElement element) {
		return element.getCssValue("opacity");
	}

}
