package org.newsarchive.person;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.newsarchive.browse.ArticleCard;
import org.newsarchive.browse.CardLists;
import org.newsarchive.browse.CardPage;
import org.newsarchive.browse.MentioningPage;

import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** People and what the archive holds of them: articles, photos, quotes. */
@Service
@Transactional(readOnly = true)
public class PersonService {

	static final int PHOTOS = 12;

	static final int QUOTES = 20;

	private final PersonRepository people;

	private final CardLists cards;

	PersonService(PersonRepository people, CardLists cards) {
		this.people = people;
		this.cards = cards;
	}

	public List<PersonView> all() {
		return this.people.findAllByName().stream().map(PersonService::view).toList();
	}

	/** The people in the most articles. */
	public List<PersonView> mostInTheNews(int count) {
		return this.people.findMostInTheNews(Limit.of(count)).stream().map(PersonService::view).toList();
	}

	public Optional<PersonView> find(String slug) {
		return this.people.findBySlug(slug).map(PersonService::view);
	}

	/**
	 * A page of a person's articles; the first page also shows their newest photos and
	 * quotes.
	 * @throws ResponseStatusException 404 if there is no such person, or no article past
	 * the cursor; 400 if the cursor is malformed
	 */
	public PersonPage page(String slug, String before, String after) {
		PersonView person = find(slug).orElseThrow(PersonService::notFound);
		MentioningPage articles = this.cards.ofPerson(slug, CardPage.Paging.of(before, after));
		boolean firstPage = before == null && after == null;
		if (articles.page().isEmpty() && !firstPage) {
			throw notFound();
		}
		return new PersonPage(person, articles, firstPage ? photos(slug) : List.of(),
				firstPage ? quotes(slug) : List.of());
	}

	/** The newest articles a person appears in. */
	public List<ArticleCard> newest(String slug, int count) {
		return this.cards.newestOfPerson(slug, count);
	}

	/** The newest photos of a person, each article's in their order in it. */
	List<PhotoView> photos(String slug) {
		return inArticleOrder(this.people.findPhotos(slug, Limit.of(PHOTOS)), PhotoView::slug);
	}

	/** The newest quotes of a person, each article's in their order in it. */
	List<QuoteView> quotes(String slug) {
		return inArticleOrder(this.people.findQuotes(slug, Limit.of(QUOTES)), QuoteView::slug);
	}

	/**
	 * Turns a list read newest first, and so last block first, into newest article first
	 * with each article's items in reading order: reversed runs of the same article.
	 */
	private static <T> List<T> inArticleOrder(List<T> newestFirst, Function<T, String> article) {
		List<T> ordered = new ArrayList<>(newestFirst.size());
		int runStart = 0;
		for (int i = 1; i <= newestFirst.size(); i++) {
			if (i == newestFirst.size()
					|| !article.apply(newestFirst.get(i)).equals(article.apply(newestFirst.get(runStart)))) {
				List<T> run = new ArrayList<>(newestFirst.subList(runStart, i));
				Collections.reverse(run);
				ordered.addAll(run);
				runStart = i;
			}
		}
		return ordered;
	}

	private static PersonView view(Person person) {
		return new PersonView(person.getSlug(), person.getName(), person.getRole(), person.getArticleCount(),
				person.getMentionCount());
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
