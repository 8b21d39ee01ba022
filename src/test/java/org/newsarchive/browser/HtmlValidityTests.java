package org.newsarchive.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsarchive.ArchiveClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page kind, as served, is valid HTML by the W3C Nu HTML checker (vnu.jar from the
 * vnu-jar npm package): no errors. Warnings are printed, not failed.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlValidityTests {

	static final Path VNU = Chromium.TOOLS.resolve("node_modules/vnu-jar/build/dist/vnu.jar");

	static final Path PAGES = Path.of("target", "nu");

	final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	/** The archive the browser suite sees: the seed's, with a story captured twice. */
	@DynamicPropertySource
	static void capturedTwice(DynamicPropertyRegistry registry) throws IOException {
		BrowserTest.capturedTwice(registry);
	}

	/** The checker's messages for all pages, checked in one run. */
	List<JsonNode> messages = new ArrayList<>();

	@BeforeAll
	void checkEveryPage() throws Exception {
		assertThat(VNU).as("vnu.jar from npm: run with -Pbrowser").exists();
		ArchiveClient http = ArchiveClient.on(this.port);
		http.awaitSearch();
		Files.createDirectories(PAGES);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xss8m", "-jar", VNU.toString(), "--format", "json", "--stdout", "--exit-zero-always"));
		for (PageKind kind : PageKind.values()) {
			ArchiveClient.Response page = http.get(kind.path, "Accept", "text/html");
			assertThat(page.statusCode()).isEqualTo(kind.status);
			Path file = PAGES.resolve(kind.fileName() + ".html");
			Files.writeString(file, page.text());
			command.add(file.toString());
		}
		Process vnu = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String report = new String(vnu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(vnu.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(vnu.exitValue()).isZero();
		this.json.readTree(report).get("messages").forEach(this.messages::add);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageKind.class)
	void isValidHtml(PageKind kind) {
		String file = "/" + kind.fileName() + ".html";
		List<String> errors = new ArrayList<>();
		for (JsonNode message : this.messages) {
			if (!message.path("url").asString("").endsWith(file)) {
				continue;
			}
			String text = describe(message);
			if ("info".equals(message.get("type").asString())) {
				System.out.println("Nu warning " + kind.path + ": " + text);
			}
			else {
				errors.add(text);
			}
		}

		assertThat(errors).as("Nu checker errors on %s (the page is in target/nu)", kind.path).isEmpty();
	}

	private static String describe(JsonNode message) {
		return "line " + message.path("lastLine").asInt() + ": " + message.path("message").asString() + " ["
				+ message.path("extract").asString("").strip() + "]";
	}

}
