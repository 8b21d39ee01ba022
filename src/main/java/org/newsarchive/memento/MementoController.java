package org.newsarchive.memento;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import org.newsarchive.article.CaptureService;
import org.newsarchive.article.Memento;
import org.newsarchive.article.MementoLinks;
import org.newsarchive.article.Timeline;
import org.newsarchive.web.Links;
import org.newsarchive.web.Redirects;
import org.newsarchive.web.TakesAnyQuery;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Memento (RFC 7089) for the archive's captures: the TimeGate, which sends a client to
 * the capture nearest the moment it asks for, and the TimeMaps, which list them all. The
 * original URL follows the endpoint's path, spelt any way (see {@code OriginalUrlKey});
 * a TimeMap asked for under another spelling answers 301 to the one spelling it is kept
 * under, so that no stream of spellings fills the page cache.
 */
@RestController
class MementoController {

	/** A TimeGate's answer may be kept a while: it changes only at an import. */
	static final String TIMEGATE_CACHE_CONTROL = "public, max-age=300";

	private static final MediaType LINK_FORMAT = MediaType.parseMediaType(MementoLinks.LINK_FORMAT + ";charset=UTF-8");

	private final CaptureService captures;

	private final MementoLinks links;

	MementoController(CaptureService captures, MementoLinks links) {
		this.captures = captures;
		this.links = links;
	}

	@GetMapping(Links.TIMEGATE + "/**")
	@TakesAnyQuery
	ResponseEntity<Void> timegate(HttpServletRequest request) {
		Optional<Instant> asked;
		try {
			asked = AcceptDatetime.of(request.getHeader(AcceptDatetime.HEADER));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		Timeline timeline = timeline(OriginalUrlRequest.of(request, Links.TIMEGATE + "/"));
		Memento chosen = asked.map(timeline::nearest).orElseGet(timeline::last);
		return Redirects.temporary(chosen.path(), TIMEGATE_CACHE_CONTROL)
			.header(HttpHeaders.VARY, "accept-datetime")
			.header(HttpHeaders.LINK, this.links.timegateLink(timeline))
			.build();
	}

	@GetMapping(Links.TIMEMAP_LINK + "/**")
	@TakesAnyQuery
	ResponseEntity<String> timemapLink(HttpServletRequest request) {
		return timemap(request, Links.TIMEMAP_LINK, LINK_FORMAT, this.links::timemapLinkFormat);
	}

	@GetMapping(Links.TIMEMAP_JSON + "/**")
	@TakesAnyQuery
	ResponseEntity<TimemapJson> timemapJson(HttpServletRequest request) {
		return timemap(request, Links.TIMEMAP_JSON, MediaType.APPLICATION_JSON,
				(timeline) -> TimemapJson.of(timeline, this.links));
	}

	/** A TimeMap under the one spelling of its original URL it is kept under; 301 there from any other. */
	private <T> ResponseEntity<T> timemap(HttpServletRequest request, String path, MediaType type,
			Function<Timeline, T> body) {
		String asked = OriginalUrlRequest.of(request, path + "/");
		Timeline timeline = timeline(asked);
		String spelling = OriginalUrlRequest.spelling(timeline.originalUrl());
		if (!asked.equals(spelling)) {
			return Redirects.permanentBelow(path + "/", spelling);
		}
		// Said outright, or Spring adds "attachment"-style protection (filename=f.txt) to a
		// path that ends like a file's (.cms), which a TimeMap is not.
		return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.body(body.apply(timeline));
	}

	/** The captures of an original URL: 400 if it is none, 404 if the archive holds none of it. */
	private Timeline timeline(String originalUrl) {
		return Lookups.find(this.captures, originalUrl)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * A TimeMap in the JSON that Memento aggregators and pywb answer.
	 *
	 * @param originalUri the original URL
	 * @param timegateUri its TimeGate
	 * @param timemapUri its TimeMaps, in link format and in JSON
	 * @param mementos the first and last captures, and every one, oldest first
	 */
	record TimemapJson(@JsonProperty("original_uri") String originalUri,
			@JsonProperty("timegate_uri") String timegateUri, @JsonProperty("timemap_uri") Timemaps timemapUri,
			Mementos mementos) {

		private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

		static TimemapJson of(Timeline timeline, MementoLinks links) {
			List<Entry> list = timeline.mementos().stream().map((memento) -> Entry.of(memento, links)).toList();
			return new TimemapJson(timeline.originalUrl(), links.absolute(Links.timegate(timeline.originalUrl())),
					new Timemaps(links.absolute(Links.timemapLink(timeline.originalUrl())),
							links.absolute(Links.timemapJson(timeline.originalUrl()))),
					new Mementos(list.get(0), list.get(list.size() - 1), list));
		}

		record Timemaps(@JsonProperty("link_format") String linkFormat, @JsonProperty("json_format") String jsonFormat) {
		}

		record Mementos(Entry first, Entry last, List<Entry> list) {
		}

		record Entry(String datetime, String uri) {

			static Entry of(Memento memento, MementoLinks links) {
				return new Entry(ISO.format(memento.archived().instant().atOffset(ZoneOffset.UTC)),
						links.absolute(memento.path()));
			}

		}

	}

}
