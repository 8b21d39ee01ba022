import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.servlet.ServletWebServerFactory;

/**
 * The floor for the app's cached pages (bench/run.sh, part "serving"): one servlet on
 * the embedded server as Spring Boot's own factory builds it (Tomcat's or Jetty's, by
 * class name), serving the bytes bench/run.sh captured from the app with the headers
 * the app sent, all precomputed. No Spring context, no filter, no lookup but a map.
 * Compiled and run on the classpath of the app's extracted jar, so the server is the
 * very one the app runs on.
 *
 *   java -cp floor:app/lib/* FloorServer FACTORY-CLASS PORT BYTES-FOLDER
 *
 * BYTES-FOLDER holds, for each page, its bytes (file "label", served at /label) and the
 * headers curl saw ("label.headers"); those of one exchange are left to the server.
 */
public final class FloorServer {

	private static final Set<String> PER_EXCHANGE = Set.of("date", "content-length", "connection", "keep-alive",
			"transfer-encoding");

	public static void main(String[] args) throws Exception {
		Map<String, Page> pages = read(Path.of(args[2]));
		ServletWebServerFactory factory = (ServletWebServerFactory) Class.forName(args[0])
			.getConstructor()
			.newInstance();
		((ConfigurableWebServerFactory) factory).setPort(Integer.parseInt(args[1]));
		((ConfigurableWebServerFactory) factory).setAddress(java.net.InetAddress.getLoopbackAddress());
		WebServer server = factory
			.getWebServer((context) -> context.addServlet("floor", new Floor(pages)).addMapping("/"));
		server.start();
		System.out.println("floor: " + pages.keySet() + " on port " + server.getPort());
		Thread.currentThread().join();
	}

	private static Map<String, Page> read(Path folder) throws IOException {
		Map<String, Page> pages = new HashMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((f) -> !f.toString().endsWith(".headers")).toList()) {
				Path headers = Path.of(file + ".headers");
				if (Files.exists(headers)) {
					pages.put("/" + file.getFileName(), Page.of(Files.readAllBytes(file), headers));
				}
			}
		}
		return pages;
	}

	private record Page(String[] names, String[] values, byte[] body) {

		static Page of(byte[] body, Path headers) throws IOException {
			List<String> names = new ArrayList<>();
			List<String> values = new ArrayList<>();
			for (String line : Files.readAllLines(headers, StandardCharsets.ISO_8859_1)) {
				int colon = line.indexOf(':');
				if (line.startsWith("HTTP/") || colon <= 0) {
					continue;
				}
				String name = line.substring(0, colon);
				if (!PER_EXCHANGE.contains(name.toLowerCase(Locale.ROOT))) {
					names.add(name);
					values.add(line.substring(colon + 1).strip());
				}
			}
			return new Page(names.toArray(String[]::new), values.toArray(String[]::new), body);
		}

	}

	private static final class Floor extends HttpServlet {

		private final Map<String, Page> pages;

		Floor(Map<String, Page> pages) {
			this.pages = pages;
		}

		@Override
		protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
			Page page = this.pages.get(request.getRequestURI());
			if (page == null) {
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
				return;
			}
			for (int i = 0; i < page.names.length; i++) {
				response.addHeader(page.names[i], page.values[i]);
			}
			response.setContentLength(page.body.length);
			response.getOutputStream().write(page.body);
		}

	}

}
