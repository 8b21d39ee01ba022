package org.newsarchive.feed;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.newsarchive.search.SearchLimits;
import org.newsarchive.search.SearchQuery;
import org.newsarchive.search.SearchRequests;
import org.newsarchive.search.SearchResults;
import org.newsarchive.web.Links;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A search as an Atom feed, for a reader to follow the articles a query finds. It is
 * asked of {@link SearchRequests} as the search page's search is, so it reads the same
 * parameters, takes the same turns and refuses the same queries with the same status.
 */
@Controller
class SearchFeedController {

	private static final MediaType PLAIN = MediaType.parseMediaType("text/plain;charset=UTF-8");

	private final SearchRequests search;

	private final AtomWriter atom;

	SearchFeedController(SearchRequests search, AtomWriter atom) {
		this.search = search;
		this.atom = atom;
	}

	/**
	 * The first page of the search's hits, newest first unless {@code sort} asks for
	 * another order: ten entries, not the fifty of the other feeds, because ten is what
	 * one search finds within its budget (fifty would be five searches, a turn each), and
	 * a reader polling newest first meets every new article among the ten newest, the
	 * archive changing only at an import. There is no {@code page}: a feed has one. A
	 * search that cannot hold an entry (no words, or none that are searched) answers 400
	 * rather than a feed that would stay empty; a refusal or a busy search answers its
	 * status in a sentence of plain text, with the search's headers ({@code Retry-After}).
	 * The parameters are declared so that the archive knows what the feed takes (see
	 * {@code DeclaredParameters}); {@link SearchRequests} reads them from the request.
	 */
	@GetMapping(Links.SEARCH_FEED)
	ResponseEntity<byte[]> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) List<String> tag,
			@RequestParam(required = false) List<String> person, @RequestParam(required = false) List<String> section,
			@RequestParam(required = false) List<String> publisher, HttpServletRequest request)
			throws InterruptedException {
		SearchResults results = this.search.answer(new FeedSearchRequest(request));
		if (!results.outcome().searched()) {
			HttpStatus status = results.outcome().status().isError() ? results.outcome().status()
					: HttpStatus.BAD_REQUEST;
			return ResponseEntity.status(status)
				.headers(results.headers())
				.contentType(PLAIN)
				.body((why(results, this.search.limits()) + "\n").getBytes(StandardCharsets.UTF_8));
		}
		return ResponseEntity.ok()
			.headers(results.headers())
			.contentType(AtomWriter.MEDIA_TYPE)
			.body(this.atom.write(feed(results)));
	}

	/** The hits' articles, in the search's order; its page is the search page in the same order. */
	static AtomFeed feed(SearchResults results) {
		SearchQuery query = results.request();
		return new AtomFeed(query.feedHref(), title(results), query.href(Links.SEARCH, false), null,
				results.hits().stream().map(SearchResults.Hit::card).toList());
	}

	/** The words, and what narrows them, so that two narrowings of one query are told apart in a reader. */
	static String title(SearchResults results) {
		String narrowed = results.chosen().isEmpty() ? ""
				: results.chosen().stream()
					.map((chosen) -> chosen.kind() + ": " + chosen.label())
					.collect(Collectors.joining(", ", " (", ")"));
		return "Search: " + results.query() + narrowed + " · " + FeedController.SITE;
	}

	/**
	 * Why there is no feed, in a sentence that repeats nothing of the request but a
	 * refusal's own words: the search's reason, or the feed's for a query it cannot follow.
	 */
	private static String why(SearchResults results, SearchLimits limits) {
		return switch (results.outcome()) {
			case EMPTY -> "A search feed needs words to search for: " + Links.SEARCH_FEED + "?q=...";
			case NO_WORDS -> "The query holds no word to search for: words like \"the\" and words left out are not.";
			default -> Objects.requireNonNullElse(results.why(limits), results.outcome().status().getReasonPhrase());
		};
	}

}
