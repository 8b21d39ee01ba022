package org.newsarchive.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers the API's errors, an unknown id or slug and a malformed cursor among them, as
 * RFC 9457 problem JSON. Only the API's: the pages keep the archive's HTML error pages.
 */
@RestControllerAdvice(assignableTypes = { ArticleApiController.class, ArticleListApiController.class,
		CitationApiController.class, TagApiController.class, PersonApiController.class, SearchApiController.class,
		UnknownApiPaths.class })
class ApiProblems extends ResponseEntityExceptionHandler {

	/** Problem JSON whatever the request accepts: a browser's {@code text/html} would otherwise get a bodiless 406. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		return ResponseEntity.status(statusCode)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(body);
	}

}
