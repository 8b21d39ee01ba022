package org.newsarchive.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 spoken as raw bytes over a socket, so that a test can send what no client
 * library would (a request target of {@code //evil.com/}, {@code /\evil.com/}, an
 * absolute form), and read the answer as it came.
 */
final class RawHttp {

	private RawHttp() {
	}

	static Response send(int port, String method, String target, List<String> headers, int timeoutMillis) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(timeoutMillis);
			OutputStream out = socket.getOutputStream();
			StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
				.append("Host: localhost\r\nConnection: close\r\n");
			headers.forEach((header) -> request.append(header).append("\r\n"));
			if (!method.equals("GET") && !method.equals("HEAD")) {
				request.append("Content-Length: 2\r\n\r\n{}");
			}
			else {
				request.append("\r\n");
			}
			out.write(request.toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			in.transferTo(response);
			return new Response(response.toString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + target, ex);
		}
	}

	/** A response as text: its status line, headers and body. */
	record Response(String text) {

		/** The status, or 0 when there is no status line. */
		int status() {
			if (!this.text.startsWith("HTTP/1.1 ") || this.text.length() < 12) {
				return 0;
			}
			return Integer.parseInt(this.text.substring(9, 12));
		}

		List<String> headers(String name) {
			List<String> values = new ArrayList<>();
			int end = this.text.indexOf("\r\n\r\n");
			String head = (end >= 0) ? this.text.substring(0, end) : this.text;
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			for (String line : head.split("\r\n")) {
				if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
					values.add(line.substring(prefix.length()).strip());
				}
			}
			return values;
		}

		Optional<String> header(String name) {
			return headers(name).stream().findFirst();
		}

		/**
		 * Why the response's Location would take a browser off the archive, or empty when
		 * it would not (or there is none): resolved against the archive's own address, as
		 * a browser resolves it, it must name the same host and port.
		 */
		Optional<String> offSiteRedirect(int port) {
			Optional<String> location = header("Location");
			if (location.isEmpty()) {
				return Optional.empty();
			}
			String value = location.get();
			if (value.startsWith("//") || value.startsWith("/\\") || value.startsWith("\\")) {
				return Optional.of("scheme-relative Location " + value);
			}
			try {
				URI resolved = URI.create("http://localhost:" + port + "/").resolve(value.replace("\\", "/"));
				boolean sameOrigin = "localhost".equals(resolved.getHost()) && resolved.getPort() == port;
				boolean baseUrl = value.startsWith("http://localhost:8080/");
				return (sameOrigin || baseUrl) ? Optional.empty() : Optional.of("off-site Location " + value);
			}
			catch (IllegalArgumentException ex) {
				return Optional.of("unparseable Location " + value);
			}
		}

	}

}
