package org.newsarchive.person;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.newsarchive.article.ArticleCard;
import org.newsarchive.article.CardPage;
import org.newsarchive.article.Cursor;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People and what the archive holds of them: articles, photos, quotes. */
@Service
@Transactional(readOnly = true)
public class PersonService {

	static final int PHOTOS = 12;

	static final int QUOTES = 20;

	private final PersonRepository people;

	PersonService(PersonRepository people) {
		this.people = people;
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
	 * A page of the articles a person appears in, each with how often it names them:
	 * one statement, as the count is in the row of the person's list the card is read from.
	 */
	public MentioningPage articles(String slug, CardPage.Paging paging) {
		Map<Long, Integer> mentions = new HashMap<>();
		CardPage page = CardPage.read(paging, new CardPage.Query() {

			@Override
			public List<ArticleCard> older(Cursor before, int limit) {
				return cards(PersonService.this.people.findOlder(slug, before.sortKey(), Limit.of(limit)), mentions);
			}

			@Override
			public List<ArticleCard> newer(Cursor after, int limit) {
				return cards(PersonService.this.people.findNewer(slug, after.sortKey(), Limit.of(limit)), mentions);
			}

		});
		Map<Long, Integer> shown = new HashMap<>();
		page.cards().forEach((card) -> shown.put(card.id(), mentions.get(card.id())));
		return new MentioningPage(page, shown);
	}

	private static List<ArticleCard> cards(List<MentioningCard> found, Map<Long, Integer> mentions) {
		found.forEach((card) -> mentions.put(card.card().id(), card.mentions()));
		return found.stream().map(MentioningCard::card).toList();
	}

	/** The newest articles a person appears in, read from the top of their index. */
	public List<ArticleCard> newest(String slug, int count) {
		return this.people.findOlder(slug, Long.MAX_VALUE, Limit.of(count)).stream().map(MentioningCard::card).toList();
	}

	/** The newest photos of a person, each article's in their order in it. */
	public List<PhotoView> photos(String slug) {
		return inArticleOrder(this.people.findPhotos(slug, Limit.of(PHOTOS)), PhotoView::slug);
	}

	/** The newest quotes of a person, each article's in their order in it. */
	public List<QuoteView> quotes(String slug) {
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

	/** A person as pages show them. */
	public record PersonView(String slug, String name, String role, int articleCount, int mentionCount) {

		public String url() {
			return "/people/" + this.slug;
		}

	}

	/** A page of articles, with how often each names the person. */
	public record MentioningPage(CardPage page, Map<Long, Integer> mentions) {

		public int mentionsOf(long articleId) {
			return this.mentions.getOrDefault(articleId, 0);
		}

	}

}
