package org.newsarchive.api;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's answers are JSON whatever the request accepts: the page cache keeps one
 * response per URL, so a response negotiated for one client (YAML, say, which springdoc's
 * Jackson module can write) would be served to all. Errors are problem JSON, by
 * {@link ResponseEntityExceptionHandler}.
 */
final class Json {

	private Json() {
	}

	static <T> ResponseEntity<T> ok(T body) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

}
