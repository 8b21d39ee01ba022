package org.newsarchive.browse;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsarchive.schema.CalendarDay;
import org.newsarchive.schema.SortKey;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every list of article cards the archive shows, paged by cursor: the archive by date,
 * a tag's and a person's; and the labels an article links to.
 */
@Service
@Transactional(readOnly = true)
public class CardLists {

	/** {@link CardRepository}'s cards by id, in SQL: see {@link #cards}. */
	private static final String CARDS_BY_ID = """
			select a.id, a.slug, a.headline, a.published, a.publisher, a.summary, a.sort_key, i.id, i.file_name,
			i.width, i.height from article a left join image i on i.id = a.thumbnail_id where a.id in (:ids)""";

	private final CardRepository cards;

	private final NamedParameterJdbcTemplate jdbc;

	CardLists(CardRepository cards, NamedParameterJdbcTemplate jdbc) {
		this.cards = cards;
		this.jdbc = jdbc;
	}

	/** The newest articles of the archive. */
	public List<ArticleCard> latest(int count) {
		return this.cards.findOlder(SortKey.TOP, SortKey.BOTTOM, Limit.of(count));
	}

	/** A page of every article of the archive, newest first. */
	public CardPage all(CardPage.Paging paging) {
		return CardPage.read(paging,
				(before, limit) -> this.cards.findOlder(before, SortKey.BOTTOM, Limit.of(limit)),
				(after, limit) -> this.cards.findNewer(after, SortKey.TOP, Limit.of(limit)));
	}

	/** A page of the articles published from {@code from} up to, not including, {@code until}. */
	public CardPage between(LocalDate from, LocalDate until, CardPage.Paging paging) {
		long start = SortKey.startOf(from);
		long end = SortKey.startOf(until);
		return CardPage.read(paging,
				(before, limit) -> this.cards.findOlder(Math.min(before, end), start, Limit.of(limit)),
				(after, limit) -> this.cards.findNewer(Math.max(after, start - 1), end, Limit.of(limit)));
	}

	/** A month's calendar: how many articles each of its days holds, in one statement. */
	public MonthCalendar calendarOf(YearMonth month) {
		Map<LocalDate, Long> days = new HashMap<>();
		this.cards.countDays(SortKey.startOf(month.atDay(1)), SortKey.startOf(month.plusMonths(1).atDay(1)))
			.forEach((day) -> days.put(day.day(), day.articles()));
		return MonthCalendar.of(month, days);
	}

	/** A page of the articles published on this calendar day in any year, newest first. */
	public CardPage onDay(MonthDay day, CardPage.Paging paging) {
		int monthDay = CalendarDay.of(day);
		return CardPage.read(paging,
				(before, limit) -> this.cards.findOlderOnDay(monthDay, before, Limit.of(limit)),
				(after, limit) -> this.cards.findNewerOnDay(monthDay, after, Limit.of(limit)));
	}

	/** The article published just before the one with this sort key. */
	public Optional<ArticleCard> before(long sortKey) {
		return this.cards.findOlder(sortKey, SortKey.BOTTOM, Limit.of(1)).stream().findFirst();
	}

	/** The article published just after the one with this sort key. */
	public Optional<ArticleCard> after(long sortKey) {
		return this.cards.findNewer(sortKey, SortKey.TOP, Limit.of(1)).stream().findFirst();
	}

	/** The cards of these articles, in no particular order. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<ArticleCard> cards(Collection<Long> ids) {
		// Plain SQL: every page of search hits reads its cards, and the JPA query's
		// translation cost more than its rows (3.4 of a search's 12 ms at 100,000 articles).
		// One statement, so no transaction of its own: beginning and ending one took a
		// third of the read.
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query(CARDS_BY_ID, Map.of("ids", ids),
				(row, number) -> new ArticleCard(row.getLong(1), row.getString(2), row.getString(3),
						row.getDate(4).toLocalDate(), row.getString(5), row.getString(6), row.getLong(7),
						row.getString(8), row.getString(9), row.getObject(10, Integer.class),
						row.getObject(11, Integer.class)));
	}

	public CardPage ofTag(String slug, CardPage.Paging paging) {
		return CardPage.read(paging,
				(before, limit) -> this.cards.findOlderOfTag(slug, before, Limit.of(limit)),
				(after, limit) -> this.cards.findNewerOfTag(slug, after, Limit.of(limit)));
	}

	/** The newest articles of a tag, read from the top of its list. */
	public List<ArticleCard> newestOfTag(String slug, int count) {
		return this.cards.findOlderOfTag(slug, SortKey.TOP, Limit.of(count));
	}

	/**
	 * A page of the articles a person appears in, each with how often it names them:
	 * one statement, as the count is in the row of the person's list the card is read from.
	 */
	public MentioningPage ofPerson(String slug, CardPage.Paging paging) {
		Map<Long, Integer> mentions = new HashMap<>();
		CardPage page = CardPage.read(paging,
				(before, limit) -> noted(this.cards.findOlderOfPerson(slug, before, Limit.of(limit)), mentions),
				(after, limit) -> noted(this.cards.findNewerOfPerson(slug, after, Limit.of(limit)), mentions));
		Map<Long, Integer> shown = new HashMap<>();
		page.cards().forEach((card) -> shown.put(card.id(), mentions.get(card.id())));
		return new MentioningPage(page, shown);
	}

	/** The newest articles a person appears in, read from the top of their list. */
	public List<ArticleCard> newestOfPerson(String slug, int count) {
		return this.cards.findOlderOfPerson(slug, SortKey.TOP, Limit.of(count))
			.stream()
			.map(MentioningCard::card)
			.toList();
	}

	/** An article's tags, in the source's order. */
	public List<TagLink> tagsOf(long articleId) {
		return this.cards.findTags(articleId);
	}

	/** The people an article names, most named first. */
	public List<PersonLink> peopleOf(long articleId) {
		return this.cards.findPeople(articleId);
	}

	private static List<ArticleCard> noted(List<MentioningCard> found, Map<Long, Integer> mentions) {
		found.forEach((card) -> mentions.put(card.card().id(), card.mentions()));
		return found.stream().map(MentioningCard::card).toList();
	}

}
