package org.newsarchive.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.newsarchive.ArchiveProperties;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page its absolute canonical URL and the site's feed, from the configured
 * public base URL rather than the host a request came through.
 */
@ControllerAdvice
class PageMetadataAdvice {

	private final ArchiveProperties properties;

	PageMetadataAdvice(ArchiveProperties properties) {
		this.properties = properties;
	}

	/** The page's own address: its path, and its paging or search parameters; an error page has none. */
	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			return null;
		}
		return this.properties.absolute(request.getRequestURI() + CanonicalQuery.of(request));
	}

	@ModelAttribute("siteFeedUrl")
	String siteFeedUrl() {
		return this.properties.absolute(Links.FEED);
	}

}
