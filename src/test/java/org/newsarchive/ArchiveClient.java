package org.newsarchive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How the tests call an archive running on a real port: HTTP/1.1 from the JDK's client,
 * with only the headers a test gives, redirects not followed unless asked, every answer
 * read whole and its text decoded as UTF-8. And, for what no HTTP client would send (a
 * request target of {@code //evil.com/}, {@code /\evil.com/}, an absolute form, a
 * malformed request), {@link #raw raw bytes} over a socket.
 */
public final class ArchiveClient {

	private static final HttpClient HTTP = newHttpClient(HttpClient.Redirect.NEVER);

	private static final HttpClient FOLLOWING = newHttpClient(HttpClient.Redirect.NORMAL);

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final int port;

	private final HttpClient http;

	private ArchiveClient(int port, HttpClient http) {
		this.port = port;
		this.http = http;
	}

	/** The archive whose public (or management) port this is, on localhost. */
	public static ArchiveClient on(int port) {
		return new ArchiveClient(port, HTTP);
	}

	/** The same archive, asked as a browser follows links: redirects followed. */
	public ArchiveClient followingRedirects() {
		return new ArchiveClient(this.port, FOLLOWING);
	}

	/**
	 * The same archive through an HTTP client of its own, whose connections and I/O thread
	 * no other client shares: what others send and receive cannot delay its answers.
	 */
	public ArchiveClient apart() {
		return new ArchiveClient(this.port, newHttpClient(HttpClient.Redirect.NEVER));
	}

	private static HttpClient newHttpClient(HttpClient.Redirect redirects) {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(redirects)
			.build();
	}

	public int port() {
		return this.port;
	}

	/** A path of the archive ({@code /tags?x=1}), or an absolute URL on it, as a URI. */
	private URI uri(String path) {
		String base = "http://localhost:" + this.port;
		if (path.startsWith("/")) {
			return URI.create(base + path);
		}
		if (path.startsWith(base + "/")) {
			return URI.create(path);
		}
		throw new IllegalArgumentException(path + " is not an address of the archive at " + base);
	}

	/**
	 * GET, with headers as names and values: {@code get("/", "Accept", "text/html")}. The
	 * path may be an absolute URL on the archive, as a page links it.
	 */
	public Response get(String path, String... headers) {
		return send("GET", path, headers);
	}

	/** A request without a body, of any method. */
	public Response send(String method, String path, String... headers) {
		return send(request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()));
	}

	public Response post(String path, String contentType, String body) {
		return send(request(path, "Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Waits until the archive's search index is built, in the background after the start:
	 * until then, search answers 503.
	 */
	public void awaitSearch() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (get("/search?q=archive").statusCode() == 503) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The search index was not built within 2 minutes");
			}
			Thread.sleep(100);
		}
	}

	private HttpRequest.Builder request(String path, String... headers) {
		if (headers.length % 2 != 0) {
			throw new IllegalArgumentException("Headers come as names and values: " + List.of(headers));
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT);
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return request;
	}

	private Response send(HttpRequest.Builder builder) {
		HttpRequest request = builder.build();
		try {
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * HTTP/1.1 written as bytes over a socket, the request target as given, and the answer
	 * read as it came until the server closes the connection.
	 */
	public RawResponse raw(String method, String target, List<String> headers, int timeoutMillis) {
		try (Socket socket = new Socket("localhost", this.port)) {
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
			return new RawResponse(response.toString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + target, ex);
		}
	}

	/** An answer: its status, its headers and its body, whole. */
	public record Response(int statusCode, HttpHeaders headers, byte[] body) {

		/** The body decoded as UTF-8. */
		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		/**
		 * The headers that belong to the answer, not to the moment or the connection it
		 * came on: without {@code Date}, and without the hop-by-hop {@code Connection} and
		 * {@code Keep-Alive} (Tomcat closes a kept-alive connection after its 100th
		 * request, whichever request that is).
		 */
		public Map<String, List<String>> answerHeaders() {
			Map<String, List<String>> headers = new TreeMap<>(this.headers.map());
			headers.keySet().removeAll(List.of("date", "connection", "keep-alive"));
			return headers;
		}

	}

	/** An answer read from a socket, as text: its status line, headers and body. */
	public record RawResponse(String text) {

		/** The status, or 0 when there is no status line. */
		public int status() {
			if (!this.text.startsWith("HTTP/1.1 ") || this.text.length() < 12) {
				return 0;
			}
			return Integer.parseInt(this.text.substring(9, 12));
		}

		public List<String> headers(String name) {
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

		public Optional<String> header(String name) {
			return headers(name).stream().findFirst();
		}

		/**
		 * Why the response's Location would take a browser off the archive, or empty when
		 * it would not (or there is none): resolved against the archive's own address, as
		 * a browser resolves it, it must name the same host and port.
		 */
		public Optional<String> offSiteRedirect(int port) {
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
