package org.newsarchive.person;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

	/** A page of the articles a person appears in, each with how often it names them. */
	public MentioningPage articles(String slug, CardPage.Paging paging) {
		CardPage page = CardPage.read(paging, new CardPage.Query() {

			@Override
			public List<ArticleCard> older(Cursor before, int limit) {
				return PersonService.this.people.findOlder(slug, before.sortKey(), Limit.of(limit));
			}

			@Override
			public List<ArticleCard> newer(Cursor after, int limit) {
				return PersonService.this.people.findNewer(slug, after.sortKey(), Limit.of(limit));
			}

		});
		List<Long> ids = page.cards().stream().map(ArticleCard::id).toList();
		Map<Long, Integer> mentions = ids.isEmpty() ? Map.of()
				: this.people.findMentions(slug, ids).stream()
					.collect(Collectors.toMap(PersonArticle::getArticleId, PersonArticle::getMentions));
		return new MentioningPage(page, mentions);
	}

	public List<PhotoView> photos(String slug) {
		return this.people.findPhotos(slug, Limit.of(PHOTOS));
	}

	public List<QuoteView> quotes(String slug) {
		return this.people.findQuotes(slug, Limit.of(QUOTES));
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
