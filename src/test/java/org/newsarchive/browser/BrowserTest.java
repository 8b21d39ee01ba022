package org.newsarchive.browser;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.newsarchive.ArchiveClient;
import org.newsarchive.CapturedTwice;
import org.newsarchive.MarkupArticle;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The archive on a random port and one headless Chromium for all of a class's tests,
 * which start once search answers; each test leaves the browser's emulation as it found it.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

	@LocalServerPort
	int port;

	ArchiveClient http;

	Chromium.Session browser;

	ChromeDriver driver;

	@BeforeAll
	void startBrowser() throws Exception {
		this.http = ArchiveClient.on(this.port);
		this.http.awaitSearch();
		this.browser = Chromium.start(browserArguments());
		this.driver = this.browser.driver();
	}

	/** More arguments for this class's browser: none but where a class needs them. */
	List<String> browserArguments() {
		return List.of();
	}

	@AfterAll
	void quitBrowser() throws Exception {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@AfterEach
	void resetEmulation() {
		this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
	}

	/**
	 * The seed archive, with a story captured twice (the capture and comparison pages are
	 * page kinds too) and an article whose headline and tag hold markup. One archive for
	 * the whole suite: a subclass's own {@code archive.sources} would lose to this one,
	 * which Spring registers after it.
	 */
	@DynamicPropertySource
	static void capturedTwice(DynamicPropertyRegistry registry) throws IOException {
		String captured = CapturedTwice.folder().toUri().toString();
		String markup = MarkupArticle.folder().toUri().toString();
		registry.add("archive.sources", () -> "classpath:db/source," + captured + "," + markup);
	}

	String base() {
		return "http://localhost:" + this.port;
	}

}
