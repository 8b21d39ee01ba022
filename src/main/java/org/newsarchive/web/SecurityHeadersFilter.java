package org.newsarchive.web;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The archive is read-only and public: it answers GET, HEAD and OPTIONS, and any other
 * method with 405. Every response carries headers that keep pages from being framed,
 * sniffed or made to run anything but the archive's own files.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final String ALLOW = "GET, HEAD, OPTIONS";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

	/** The API's documentation page (Swagger UI) styles itself inline. */
	static final String DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";

	static final String STRICT_TRANSPORT_SECURITY_VALUE = "max-age=63072000; includeSubDomains";

	private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	/** A % that does not start an escape: a malformed address, whatever it asks for. */
	private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

	/**
	 * The error page too: Tomcat answers some requests itself ({@code /WEB-INF/…}), and
	 * only the error page it forwards to can give them the archive's headers.
	 */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String uri = request.getRequestURI();
		boolean docs = Links.isApiDocs(uri);
		response.setHeader("Content-Security-Policy", docs ? DOCS_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
		response.setHeader("X-Frame-Options", "DENY");
		// Every page is in English: said here, so cached pages say it too.
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
		if (request.isSecure()) {
			response.setHeader(STRICT_TRANSPORT_SECURITY, STRICT_TRANSPORT_SECURITY_VALUE);
		}
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			chain.doFilter(request, response);
			return;
		}
		if (!READ_METHODS.contains(request.getMethod())) {
			response.setHeader(HttpHeaders.ALLOW, ALLOW);
			response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
			return;
		}
		// Most paths hold no escape at all, and need not be matched.
		if (uri.indexOf('%') >= 0 && BROKEN_ESCAPE.matcher(uri).find()) {
			// Answered here: Spring MVC would fail to parse the path, even for the error page.
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write("Bad request: the address is not validly percent-encoded.\n");
			return;
		}
		if ("OPTIONS".equals(request.getMethod())) {
			response.setHeader(HttpHeaders.ALLOW, ALLOW);
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		chain.doFilter(request, response);
	}

}
