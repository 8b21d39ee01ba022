package org.newsarchive.feed;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.newsarchive.ArchiveProperties;
import org.newsarchive.web.Links;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** What crawlers read: robots.txt, and the sitemap, streamed as its rows are read. */
@Controller
class CrawlerController {

	private static final String XML = "application/xml;charset=UTF-8";

	private static final MediaType PLAIN_UTF8 = MediaType.parseMediaType("text/plain;charset=UTF-8");

	private final SitemapWriter sitemaps;

	private final ArchiveProperties archive;

	CrawlerController(SitemapWriter sitemaps, ArchiveProperties archive) {
		this.sitemaps = sitemaps;
		this.archive = archive;
	}

	@GetMapping(Links.SITEMAP)
	void sitemap(HttpServletResponse response) throws IOException {
		response.setContentType(XML);
		this.sitemaps.writeSitemap(response.getOutputStream());
	}

	@GetMapping(Links.SITEMAP_PART)
	void chunk(@PathVariable long number, HttpServletResponse response) throws IOException {
		SitemapWriter.Chunk chunk = this.sitemaps.chunk(number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		response.setContentType(XML);
		this.sitemaps.writeChunk(chunk, response.getOutputStream());
	}

	/** Search is closed to crawlers: its result pages for every query of every word never end. */
	@GetMapping(Links.ROBOTS)
	ResponseEntity<String> robots() {
		String robots = """
				User-agent: *
				Allow: /
				Disallow: /search

				Sitemap: %s
				""".formatted(this.archive.absolute(Links.SITEMAP));
		return ResponseEntity.ok().contentType(PLAIN_UTF8).body(robots);
	}

}
