package org.newsarchive.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsarchive.ArchiveProperties;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers every error: the API's paths with RFC 9457 problem JSON, every other path with
 * the archive's HTML page, whatever the request's {@code Accept} says (curl and crawlers
 * send none, or {@code *}{@code /*}). The page of a status is rendered once and served
 * as the same bytes to everyone: it names no path and has no canonical link, so a stream
 * of missing addresses costs no render each, and holds nothing of what they asked.
 */
@Controller
class ErrorPages implements ErrorController {

	/** Long enough to spare the archive a stampede on a dead link, short enough to heal soon. */
	static final String CACHE_CONTROL = "public, max-age=60";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ITemplateEngine templates;

	private final ArchiveProperties properties;

	private final Map<Integer, byte[]> pages = new ConcurrentHashMap<>();

	ErrorPages(ITemplateEngine templates, ArchiveProperties properties) {
		this.templates = templates;
		this.properties = properties;
	}

	@RequestMapping("${server.error.path:/error}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		response.setStatus(status.value());
		if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, status.is5xxServerError() ? "no-store" : CACHE_CONTROL);
		}
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		byte[] body;
		if (path != null && Links.isApi(path)) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			body = problem(status, path);
		}
		else {
			response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
			body = this.pages.computeIfAbsent(status.value(), (code) -> render(status, request, response));
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** The status of the error being answered; a request for the error path itself finds nothing. */
	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.NOT_FOUND;
	}

	/** RFC 9457 problem JSON, as the API's own errors write it. */
	private static byte[] problem(HttpStatus status, String path) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("instance", path);
		return JSON.writeValueAsBytes(problem);
	}

	private byte[] render(HttpStatus status, HttpServletRequest request, HttpServletResponse response) {
		// Not the request's own attributes: a page that failed halfway through rendering left
		// its model there, and this page is served to every later request of its status.
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(request.getServletContext())
					.buildExchange(new WithoutAttributes(request), response),
				Locale.ENGLISH);
		context.setVariable("status", status.value());
		context.setVariable("error", status.getReasonPhrase());
		context.setVariable("meta", meta(status));
		context.setVariable("siteFeedUrl", this.properties.absolute(Links.FEED));
		return this.templates.process(template(status), context).getBytes(StandardCharsets.UTF_8);
	}

	/** What an error page says of itself; it has no address of its own, so no path. */
	private static PageMeta meta(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> PageMeta.of("WebPage", "Page not found", "The archive has no page at this address.", null);
			case SERVICE_UNAVAILABLE ->
				PageMeta.of("WebPage", "Back in a moment", "The archive is briefly unavailable.", null);
			default -> PageMeta.of("WebPage", status.getReasonPhrase(), "The archive could not answer this request.",
					null);
		};
	}

	private static String template(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "error/404";
			case SERVICE_UNAVAILABLE -> "error/503";
			default -> "error";
		};
	}

}
