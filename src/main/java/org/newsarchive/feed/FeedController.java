package org.newsarchive.feed;

import org.newsarchive.article.ArticleService;
import org.newsarchive.person.PersonService;
import org.newsarchive.tag.TagService;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Atom feeds of the newest articles: of the whole archive, of a tag, of a person. */
@Controller
class FeedController {

	static final int ENTRIES = 50;

	static final String SITE = "News Archive";

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final ArticleService articles;

	private final TagService tags;

	private final PersonService people;

	private final AtomWriter atom;

	FeedController(ArticleService articles, TagService tags, PersonService people, AtomWriter atom) {
		this.articles = articles;
		this.tags = tags;
		this.people = people;
		this.atom = atom;
	}

	@GetMapping("/feed.xml")
	ResponseEntity<byte[]> archive() {
		return atom(new AtomFeed("/feed.xml", SITE, "/", null, this.articles.latest(ENTRIES)));
	}

	@GetMapping("/tags/{slug:[a-z0-9-]{1,200}}/feed.xml")
	ResponseEntity<byte[]> tag(@PathVariable String slug) {
		TagService.TagView tag = this.tags.find(slug).orElseThrow(FeedController::notFound);
		return atom(new AtomFeed(tag.url() + "/feed.xml", tag.name() + " · " + SITE, tag.url(),
				new AtomFeed.Category(tag.slug(), tag.name()), this.tags.newest(slug, ENTRIES)));
	}

	@GetMapping("/people/{slug:[a-z0-9-]{1,200}}/feed.xml")
	ResponseEntity<byte[]> person(@PathVariable String slug) {
		PersonService.PersonView person = this.people.find(slug).orElseThrow(FeedController::notFound);
		return atom(new AtomFeed(person.url() + "/feed.xml", person.name() + " · " + SITE, person.url(), null,
				this.people.newest(slug, ENTRIES)));
	}

	private ResponseEntity<byte[]> atom(AtomFeed feed) {
		return ResponseEntity.ok().contentType(ATOM).body(this.atom.write(feed));
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
