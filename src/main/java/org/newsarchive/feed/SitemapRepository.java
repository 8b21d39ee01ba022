package org.newsarchive.feed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.newsarchive.schema.SortKey;
import org.newsarchive.web.Links;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the sitemap lists with plain SQL, row by row: a chunk of 10,000 articles is
 * a range of the primary key streamed into the response, never 10,000 entities. The
 * dates of the tags' and people's pages come in one grouped statement each.
 */
@Repository
@Transactional(readOnly = true)
class SitemapRepository implements SitemapContent {

	/**
	 * The day of a sort key, as days since 1970-01-01: a sort key is the epoch day times
	 * 10^10 plus the article id (see V2__browse.sql), so a newest sort key gives a newest date.
	 */
	private static final String DAY = SortKey.epochDaySql("sort_key");

	/** Rows a round trip fetches, so that PostgreSQL streams a chunk through a cursor rather than load it whole. */
	private static final int FETCH_SIZE = 1000;

	private final JdbcTemplate jdbc;

	SitemapRepository(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
	}

	@Override
	public List<SitemapUrl> pages() {
		NavigableMap<YearMonth, LocalDate> months = new TreeMap<>();
		this.jdbc.query("select distinct " + DAY + " from article", (row) -> {
			LocalDate day = LocalDate.ofEpochDay(row.getLong(1));
			months.merge(YearMonth.from(day), day, (a, b) -> a.isAfter(b) ? a : b);
		});
		LocalDate newest = months.isEmpty() ? null : months.lastEntry().getValue();
		List<SitemapUrl> pages = new ArrayList<>();
		pages.add(new SitemapUrl(Links.HOME, newest));
		pages.add(new SitemapUrl(Links.TAGS, newest));
		pages.add(new SitemapUrl(Links.PEOPLE, newest));
		pages.addAll(dateArchives(months));
		pages.addAll(newestOf("select tag_slug, max(" + DAY + ") from article_tag group by tag_slug order by tag_slug",
				Links::tag));
		pages.addAll(newestOf(
				"select person_slug, max(" + DAY + ") from person_article group by person_slug order by person_slug",
				Links::person));
		return pages;
	}

	@Override
	public long articleCount() {
		return this.jdbc.queryForObject("select count(*) from article", Long.class);
	}

	@Override
	public List<ArticleRange> articleRanges(int size) {
		// The size is ours, not a parameter: a literal lets the group by match the select.
		String range = "id / " + size;
		return this.jdbc.query("select " + range + ", max(published) from article group by " + range + " order by 1",
				(row, number) -> new ArticleRange(row.getLong(1), row.getObject(2, LocalDate.class)));
	}

	@Override
	public boolean hasArticles(long fromId, long untilId) {
		return this.jdbc.queryForObject("select min(id) from article where id >= ? and id < ?", Long.class, fromId,
				untilId) != null;
	}

	@Override
	public void articles(long fromId, long untilId, Consumer<SitemapUrl> action) {
		this.jdbc.query("select published, slug from article where id >= ? and id < ? order by id", (row) -> {
			LocalDate published = row.getObject(1, LocalDate.class);
			action.accept(new SitemapUrl(Links.article(published, row.getString(2)), published));
		}, fromId, untilId);
	}

	/** Each year's page, newest first, then the pages of its months, newest first. */
	private static List<SitemapUrl> dateArchives(NavigableMap<YearMonth, LocalDate> months) {
		List<SitemapUrl> pages = new ArrayList<>();
		Integer year = null;
		for (Map.Entry<YearMonth, LocalDate> month : months.descendingMap().entrySet()) {
			if (!Integer.valueOf(month.getKey().getYear()).equals(year)) {
				year = month.getKey().getYear();
				// Its newest month's newest article is the year's.
				pages.add(new SitemapUrl(Links.year(year), month.getValue()));
			}
			pages.add(new SitemapUrl(Links.month(month.getKey()), month.getValue()));
		}
		return pages;
	}

	/** The page of each key, dated by the newest day the query gives it. */
	private List<SitemapUrl> newestOf(String sql, UnaryOperator<String> path) {
		return this.jdbc.query(sql,
				(row, number) -> new SitemapUrl(path.apply(row.getString(1)), LocalDate.ofEpochDay(row.getLong(2))));
	}

}
