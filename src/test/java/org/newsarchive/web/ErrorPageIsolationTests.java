package org.newsarchive.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveClient;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An error page is rendered once for its status and then served to every request of
 * that status, so it must hold nothing of the request that first needed it, not even
 * the model of a page that failed halfway through rendering.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ErrorPageIsolationTests.FailingPage.class)
class ErrorPageIsolationTests {

	@LocalServerPort
	int port;

	@Test
	void rendersTheServerErrorPageWithNothingOfTheFailedPagesModel() throws Exception {
		ArchiveClient.Response failed = ArchiveClient.on(this.port).get("/test/fails-while-rendering");

		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(failed.text()).contains("Internal Server Error")
			.doesNotContain("elsewhere.example")
			.doesNotContain("Leaked")
			.doesNotContain("rel=\"canonical\"");
	}

	/** A page whose template fails after the layout began: its model is in the request by then. */
	@TestConfiguration
	@Controller
	static class FailingPage {

		@GetMapping("/test/fails-while-rendering")
		String fails(Model model) {
			model.addAttribute("canonicalUrl", "https://elsewhere.example/leak");
			model.addAttribute("jsonLd", "{\"name\":\"Leaked\"}");
			model.addAttribute("meta", PageMeta.of("WebPage", "Leaked", "Leaked", "/leak"));
			// The tags list renders its header from the model, then fails on tags that are not a list of tags.
			model.addAttribute("tags", List.of("not a tag"));
			return "tag/tags";
		}

	}

}
