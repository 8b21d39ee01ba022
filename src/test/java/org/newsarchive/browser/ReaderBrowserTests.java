package org.newsarchive.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page kind in a real browser: it renders without console errors, fits a phone and
 * a desktop screen, follows the reader's dark colour scheme, and can be used from the
 * keyboard, starting with a skip link.
 */
class ReaderBrowserTests extends BrowserTest {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageKind.class)
	void rendersWithoutConsoleErrorsOrBrokenImages(PageKind kind) {
		this.driver.manage().logs().get(LogType.BROWSER);
		open(kind);
		renderEverything();
		loadImages();

		List<String> errors = this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.filter((entry) -> !isTheAnswerItself(entry, kind))
			.map(LogEntry::getMessage)
			.toList();
		List<Object> brokenImages = script(
				"return Array.from(document.images).filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src)");

		assertThat(this.driver.findElement(org.openqa.selenium.By.tagName("h1")).getText()).isNotBlank();
		assertThat(errors).as("console errors on %s", kind.path).isEmpty();
		assertThat(brokenImages).as("images that did not load on %s", kind.path).isEmpty();
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@MethodSource("pagesAndWidths")
	void fitsTheScreenWithoutScrollingSideways(PageKind kind, int width) throws Exception {
		this.browser.viewport(width, 800);
		open(kind);
		renderEverything();
		loadImages();
		this.driver.executeScript("window.scrollTo(0, 0)");
		screenshot(kind.fileName() + "-" + width + ".png", width);
		Files.write(SCREENSHOTS.resolve(kind.fileName() + "-" + width + "-first-screen.png"),
				this.driver.getScreenshotAs(OutputType.BYTES));

		long scrollWidth = number("return document.documentElement.scrollWidth");
		long innerWidth = number("return window.innerWidth");
		List<Object> overflowing = script("""
				return Array.from(document.querySelectorAll('body *'))
					.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
					.map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
						+ ' right=' + Math.round(e.getBoundingClientRect().right));
				""");

		assertThat(innerWidth).isEqualTo(width);
		assertThat(scrollWidth).as("document width at %d px; wider elements: %s", width, overflowing)
			.isLessThanOrEqualTo(innerWidth);
		assertThat(overflowing).as("elements past the right edge at %d px", width).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageKind.class)
	void followsTheReadersDarkColourScheme(PageKind kind) {
		this.browser.colorScheme("light");
		open(kind);
		List<Object> light = colours();
		this.browser.colorScheme("dark");
		List<Object> dark = colours();

		assertThat(dark).isNotEqualTo(light);
		assertThat(luminance(dark.get(0))).as("dark background %s against light %s", dark.get(0), light.get(0))
			.isLessThan(0.05)
			.isLessThan(luminance(light.get(0)));
		assertThat(luminance(dark.get(1))).as("dark text %s", dark.get(1)).isGreaterThan(0.5);
		assertThat(this.driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches")).isEqualTo(true);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageKind.class)
	void startsWithAVisibleSkipLinkToTheMainContent(PageKind kind) {
		open(kind);
		tab();
		WebElement skip = this.driver.switchTo().activeElement();

		assertThat(skip.getAttribute("class")).contains("skip-link");
		assertThat(skip.getDomAttribute("href")).isEqualTo("#main");
		assertThat(skip.getText()).isEqualTo("Skip to content");
		assertThat(skip.getRect().getY()).as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);
		assertThat(focusIndicator()).isNotNull().doesNotContain("NONE");

		skip.sendKeys(Keys.ENTER);
		assertThat(this.driver.switchTo().activeElement().getTagName()).isEqualTo("main");
		tab();
		assertThat(this.driver.executeScript("return document.querySelector('main').contains(document.activeElement)"))
			.as("the next tab stop after the skip link is in the main content")
			.isEqualTo(true);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageKind.class)
	void showsWhereTheKeyboardFocusIsOnEveryTabStop(PageKind kind) {
		open(kind);
		List<String> stops = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			tab();
			String indicator = focusIndicator();
			if (indicator == null || (!stops.isEmpty() && indicator.equals(stops.get(0)))) {
				break;
			}
			stops.add(indicator);
		}

		assertThat(stops).hasSizeGreaterThan(4);
		assertThat(stops).as("tab stops without a visible focus indicator").noneMatch((stop) -> stop.contains("NONE"));
	}

	static Stream<Arguments> pagesAndWidths() {
		return Stream.of(PageKind.values()).flatMap((kind) -> Stream.of(Arguments.of(kind, 360), Arguments.of(kind, 1280)));
	}

	private void open(PageKind kind) {
		this.driver.get(base() + kind.path);
	}

	/**
	 * Lays out and paints every block, as a reader who scrolled through the page has seen
	 * it: blocks far from the screen are otherwise skipped ({@code content-visibility}),
	 * and neither measured nor in a screenshot.
	 */
	private void renderEverything() {
		this.driver.executeScript(
				"document.querySelectorAll('body *').forEach((e) => e.style.contentVisibility = 'visible')");
	}

	/** Loads every image, lazy ones too (as if scrolled past), and waits until each is decoded. */
	private void loadImages() {
		this.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				document.querySelectorAll('img[loading=lazy]').forEach((image) => image.loading = 'eager');
				Promise.all(Array.from(document.images, (image) => image.decode().catch(() => null))).then(() => done());
				""");
	}

	private boolean isTheAnswerItself(LogEntry entry, PageKind kind) {
		// The 404 page is sent with its status, and Chromium reports that status.
		return kind.status != 200 && entry.getMessage().startsWith(base() + kind.path + " ")
				&& entry.getMessage().contains("status of " + kind.status);
	}

	private void tab() {
		new Actions(this.driver).sendKeys(Keys.TAB).perform();
	}

	/** The focused element and how its focus shows, or null when nothing has focus. */
	private String focusIndicator() {
		return (String) this.driver.executeScript("""
				const e = document.activeElement;
				if (!e || e === document.body) return null;
				const s = getComputedStyle(e);
				const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
				const shadow = s.boxShadow !== 'none';
				return e.tagName.toLowerCase() + ' ' + (e.getAttribute('href') || e.id || e.textContent.trim().slice(0, 40))
					+ (outline || shadow ? ' outline ' + s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor : ' NONE');
				""");
	}

	private List<Object> colours() {
		return script("return [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]");
	}

	/** The relative luminance of an {@code rgb(r, g, b)} colour, from 0 (black) to 1 (white). */
	static double luminance(Object rgb) {
		String[] parts = rgb.toString().replaceAll("[^0-9.,]", "").split(",");
		double[] c = new double[3];
		for (int i = 0; i < 3; i++) {
			double v = Double.parseDouble(parts[i]) / 255;
			c[i] = (v <= 0.03928) ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
	}

	/** The whole page (up to 8,000 px tall) as a PNG under target/screenshots. */
	@SuppressWarnings("unchecked")
	private void screenshot(String name, int width) throws Exception {
		Map<String, Object> metrics = this.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
		double height = Math.min(((Number) content.get("height")).doubleValue(), 8000);
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
	}

	@SuppressWarnings("unchecked")
	private List<Object> script(String script) {
		return (List<Object>) this.driver.executeScript(script);
	}

	private long number(String script) {
		return ((Number) this.driver.executeScript(script)).longValue();
	}

}
