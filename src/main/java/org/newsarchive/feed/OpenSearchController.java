package org.newsarchive.feed;

import java.io.ByteArrayOutputStream;

import org.newsarchive.ArchiveProperties;
import org.newsarchive.search.SearchService;
import org.newsarchive.web.Links;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The archive's search described in OpenSearch 1.1, which browsers read to offer it
 * beside their own search engines: every page links it ({@code <link rel="search">}).
 * Its addresses are absolute from the configured public address, as the feeds' are, for
 * a browser keeps them and uses them from anywhere, whatever host or proxy it came
 * through.
 */
@Controller
class OpenSearchController {

	static final String NAMESPACE = "http://a9.com/-/spec/opensearch/1.1/";

	static final MediaType MEDIA_TYPE = MediaType
		.parseMediaType("application/opensearchdescription+xml;charset=UTF-8");

	/** What a browser puts in place of the words: OpenSearch's own parameter. */
	private static final String TERMS = "?q={searchTerms}";

	private final ArchiveProperties archive;

	OpenSearchController(ArchiveProperties archive) {
		this.archive = archive;
	}

	/**
	 * The search page and the search's feed, the words in {@code q}; the description's own
	 * address; and the archive's icon, an SVG, so without a size in pixels.
	 */
	@GetMapping(Links.OPENSEARCH)
	ResponseEntity<byte[]> description() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XmlOutput xml = XmlOutput.start(out, NAMESPACE, "OpenSearchDescription")) {
			xml.element("ShortName", FeedController.SITE)
				.element("Description", SearchService.DESCRIPTION)
				.element("InputEncoding", "UTF-8")
				.element("Image", this.archive.absolute(Links.FAVICON), "type", "image/svg+xml")
				.empty("Url", "type", "text/html", "method", "get", "template",
						this.archive.absolute(Links.SEARCH + TERMS))
				.empty("Url", "type", "application/atom+xml", "template",
						this.archive.absolute(Links.SEARCH_FEED + TERMS))
				.empty("Url", "type", "application/opensearchdescription+xml", "rel", "self", "template",
						this.archive.absolute(Links.OPENSEARCH));
		}
		return ResponseEntity.ok().contentType(MEDIA_TYPE).body(out.toByteArray());
	}

}
