package org.newsarchive.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven by its ChromeDriver. The paths default to where
 * {@code apt-get install chromium chromium-driver} puts them; the system properties
 * {@code browser.chromium} and {@code browser.chromedriver} override them.
 */
final class Chromium {

	static final String BINARY = System.getProperty("browser.chromium", "/usr/bin/chromium");

	static final String DRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");

	/** What the npm packages of the browser profile were installed into. */
	static final Path TOOLS = Path.of(System.getProperty("browser.tools", "target/browser-tools"));

	private Chromium() {
	}

	/**
	 * A new browser with a profile of its own. Headless, no sandbox (CI runs as root),
	 * and nothing that reaches for the network by itself.
	 */
	static Session start() {
		return start(List.of());
	}

	/** A new browser, as {@link #start()} makes it, with more command-line arguments. */
	static Session start(List<String> arguments) {
		if (!new File(BINARY).canExecute() || !new File(DRIVER).canExecute()) {
			throw new IllegalStateException("The browser suite needs " + BINARY + " and " + DRIVER
					+ ": apt-get install chromium chromium-driver");
		}
		try {
			Path profile = Files.createTempDirectory("chromium-profile");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(BINARY);
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--no-default-browser-check", "--hide-scrollbars", "--window-size=1280,900",
					"--user-data-dir=" + profile);
			options.addArguments(arguments);
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
			return new Session(driver, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One browser and its profile folder, removed when the browser quits. */
	record Session(ChromeDriver driver, Path profile) implements AutoCloseable {

		/** Emulates a screen {@code width} CSS pixels wide, a phone's below 600. */
		void viewport(int width, int height) {
			this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
		}

		/** Emulates the reader's preferred colour scheme: {@code light} or {@code dark}. */
		void colorScheme(String scheme) {
			this.driver.executeCdpCommand("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
		}

		@Override
		public void close() throws IOException {
			try {
				this.driver.quit();
			}
			finally {
				try (Stream<Path> files = Files.walk(this.profile)) {
					files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
				}
			}
		}

	}

}
