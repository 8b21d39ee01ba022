package org.newsarchive.feed;

import org.newsarchive.browse.CardLists;
import org.newsarchive.person.PersonService;
import org.newsarchive.person.PersonView;
import org.newsarchive.tag.TagService;
import org.newsarchive.tag.TagView;
import org.newsarchive.web.Links;

import org.springframework.http.HttpStatus;
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

	private final CardLists articles;

	private final TagService tags;

	private final PersonService people;

	private final AtomWriter atom;

	FeedController(CardLists articles, TagService tags, PersonService people, AtomWriter atom) {
		this.articles = articles;
		this.tags = tags;
		this.people = people;
		this.atom = atom;
	}

	@GetMapping(Links.FEED)
	ResponseEntity<byte[]> archive() {
		return atom(new AtomFeed(Links.FEED, SITE, Links.HOME, null, this.articles.latest(ENTRIES)));
	}

	@GetMapping(Links.TAG + Links.FEED)
	ResponseEntity<byte[]> tag(@PathVariable String slug) {
		TagView tag = this.tags.find(slug).orElseThrow(FeedController::notFound);
		return atom(new AtomFeed(Links.feedOf(tag.url()), tag.name() + " · " + SITE, tag.url(),
				new AtomFeed.Category(tag.slug(), tag.name()), this.tags.newest(slug, ENTRIES)));
	}

	@GetMapping(Links.PERSON + Links.FEED)
	ResponseEntity<byte[]> person(@PathVariable String slug) {
		PersonView person = this.people.find(slug).orElseThrow(FeedController::notFound);
		return atom(new AtomFeed(Links.feedOf(person.url()), person.name() + " · " + SITE, person.url(), null,
				this.people.newest(slug, ENTRIES)));
	}

	private ResponseEntity<byte[]> atom(AtomFeed feed) {
		return ResponseEntity.ok().contentType(AtomWriter.MEDIA_TYPE).body(this.atom.write(feed));
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
