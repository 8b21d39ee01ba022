package org.newsarchive.image;

import java.time.Duration;

import org.newsarchive.web.Links;
import org.newsarchive.web.Redirects;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves images by content address. The bytes behind an id never change, so a client
 * or a CDN may keep them for a year without asking again.
 */
@Controller
class ImageController {

	private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/** SVG placeholders are documents: forbid them scripts and outside resources. */
	private static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

	private final ImageRepository images;

	ImageController(ImageRepository images) {
		this.images = images;
	}

	@GetMapping(Links.IMAGE)
	ResponseEntity<byte[]> image(@PathVariable String id, @PathVariable String name) {
		Image image = this.images.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!image.getFileName().equals(name)) {
			return Redirects.permanent(Links.image(id, image.getFileName()));
		}
		// With an ETag on the entity, Spring answers a matching If-None-Match with 304.
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.getMediaType()))
			.eTag(image.getSha256())
			.cacheControl(IMMUTABLE)
			.header("X-Content-Type-Options", "nosniff");
		if (image.getMediaType().equals("image/svg+xml")) {
			response.header("Content-Security-Policy", SVG_POLICY);
		}
		return response.body(image.getBytes());
	}

}
