package org.newsarchive.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core, from its npm package, run in Chromium over every page kind, in the light and
 * the dark colour scheme and on a phone's screen: no violations, best practices included.
 */
class AccessibilityTests extends BrowserTest {

	static final Path AXE = Chromium.TOOLS.resolve("node_modules/axe-core/axe.min.js");

	final JsonMapper json = JsonMapper.builder().build();

	String axe;

	@BeforeAll
	void loadAxe() throws Exception {
		assertThat(AXE).as("axe-core from npm: run with -Pbrowser").exists();
		this.axe = Files.readString(AXE);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageKind.class)
	void hasNoAxeViolations(PageKind kind) {
		this.browser.colorScheme("light");

		assertThat(violations(kind)).as("axe violations on %s", kind.path).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageKind.class)
	void hasNoAxeViolationsInTheDarkColourScheme(PageKind kind) {
		this.browser.colorScheme("dark");

		assertThat(violations(kind)).as("axe violations on %s", kind.path).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageKind.class)
	void hasNoAxeViolationsOnAPhone(PageKind kind) {
		this.browser.viewport(360, 800);

		assertThat(violations(kind)).as("axe violations on %s", kind.path).isEmpty();
	}

	/** axe's violations on the page, one line a rule and one indented line a node. */
	private List<String> violations(PageKind kind) {
		this.driver.get(base() + kind.path);
		this.driver.executeScript(this.axe);
		String result = (String) this.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
					.then((results) => done(JSON.stringify(results.violations)))
					.catch((error) => done('axe failed: ' + error));
				""");
		assertThat(result).doesNotStartWith("axe failed");
		return this.json.readTree(result).valueStream().map(AccessibilityTests::describe).toList();
	}

	private static String describe(JsonNode violation) {
		StringBuilder text = new StringBuilder();
		text.append(violation.get("id").asString())
			.append(" (")
			.append(violation.get("impact").asString())
			.append("): ")
			.append(violation.get("help").asString());
		for (JsonNode node : violation.get("nodes")) {
			text.append("\n    ")
				.append(node.get("target").toString())
				.append(" ")
				.append(node.get("failureSummary").asString().replace('\n', ' '));
		}
		return text.toString();
	}

}
