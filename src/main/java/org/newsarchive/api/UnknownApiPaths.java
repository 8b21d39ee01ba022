package org.newsarchive.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.newsarchive.web.Links;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The API's paths that no endpoint matches ({@code /api/articles/abc}): they answer 404
 * problem JSON too, not the pages' HTML 404. The endpoints' own patterns are more
 * specific, so they still win. Not below {@code /api} as a whole: that would hide the
 * UI's static files.
 */
@Hidden
@RestController
class UnknownApiPaths {

	@GetMapping({ Links.API_ARTICLES + "/**", Links.API_TAGS + "/**", Links.API_PEOPLE + "/**", Links.API_SEARCH + "/**" })
	void notFound() {
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
