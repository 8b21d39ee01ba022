package org.newsarchive.memento;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.newsarchive.article.CaptureService;
import org.newsarchive.article.Timeline;
import org.newsarchive.web.Links;
import org.newsarchive.web.PageMeta;
import org.newsarchive.web.PageMetadata;
import org.newsarchive.web.Redirects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finds the archived copy of an original URL, however it is spelt: one capture answers
 * 302 to it, several a page that lists them, none a 404 page that says so.
 */
@Controller
class LookupController {

	private final CaptureService captures;

	private final PageMetadata pages;

	LookupController(CaptureService captures, PageMetadata pages) {
		this.captures = captures;
		this.pages = pages;
	}

	@GetMapping(Links.LOOKUP)
	String lookup(@RequestParam(name = "url", required = false) String url, Model model,
			HttpServletResponse response) {
		Optional<Timeline> found = Lookups.find(this.captures, url);
		if (found.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("url", url);
			this.pages.describe(model, PageMeta.of("WebPage", "No capture of this URL",
					"The archive holds no capture of this original URL.", Links.LOOKUP));
			return "memento/none";
		}
		Timeline timeline = found.get();
		if (!timeline.hasEarlierCaptures()) {
			Redirects.temporary(response, timeline.last().path(), MementoController.TIMEGATE_CACHE_CONTROL);
			return null;
		}
		if (!timeline.originalUrl().equals(url)) {
			// One page an article, kept once by the page cache, whatever the spelling asked for.
			Redirects.permanent(response, Links.LOOKUP,
					"url=" + URLEncoder.encode(timeline.originalUrl(), StandardCharsets.UTF_8));
			return null;
		}
		model.addAttribute("timeline", timeline);
		this.pages.describe(model, PageMeta.of("CollectionPage", "Captures of " + timeline.originalUrl(),
				"Every capture the archive took of this original URL.", Links.LOOKUP));
		return "memento/lookup";
	}

}
