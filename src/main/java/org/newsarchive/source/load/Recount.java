package org.newsarchive.source.load;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.newsarchive.schema.CoverageKind;
import org.newsarchive.schema.SortKey;

/**
 * Recounts what the list pages show: articles per tag and per person, and articles per
 * month for the coverage charts. Done once per import, so no page ever counts.
 * <p>
 * Counted in one pass over each list's (key, sort key) rows: the sort key holds the
 * publication day, so no row of {@code article} need be read (joining 100,000 articles
 * to each of their tags and people took minutes).
 */
final class Recount {

	private final Statements statements;

	private final BatchWriter batches;

	Recount(Statements statements, BatchWriter batches) {
		this.statements = statements;
		this.batches = batches;
	}

	void run() throws SQLException {
		Counts all = new Counts();
		Counts tags = new Counts();
		Counts people = new Counts();
		Map<String, Long> mentions = new HashMap<>();
		this.statements.query("select sort_key from article", (row) -> all.add("", row.getLong(1)));
		this.statements.query("select tag_slug, sort_key from article_tag",
				(row) -> tags.add(row.getString(1), row.getLong(2)));
		this.statements.query("select person_slug, sort_key, mentions from person_article", (row) -> {
			people.add(row.getString(1), row.getLong(2));
			mentions.merge(row.getString(1), row.getLong(3), Long::sum);
		});
		this.statements.update("update tag set article_count = 0 where article_count <> 0");
		this.batches.batch("update tag set article_count = ? where slug = ?", tags.articles.entrySet()
			.stream()
			.map((tag) -> new Object[] { tag.getValue(), tag.getKey() })
			.toList());
		this.statements
			.update("update person set article_count = 0, mention_count = 0 where article_count <> 0 or mention_count <> 0");
		this.batches.batch("update person set article_count = ?, mention_count = ? where slug = ?", people.articles
			.entrySet()
			.stream()
			.map((person) -> new Object[] { person.getValue(), mentions.get(person.getKey()).intValue(), person.getKey() })
			.toList());
		this.statements.update("delete from coverage");
		List<Object[]> coverage = new ArrayList<>();
		all.addMonths(CoverageKind.ALL, coverage);
		tags.addMonths(CoverageKind.TAG, coverage);
		people.addMonths(CoverageKind.PERSON, coverage);
		this.batches.batch(
				"insert into coverage (kind, key_slug, year_number, month_number, articles) values (?, ?, ?, ?, ?)",
				coverage);
	}

	/** Articles by key (a tag's or a person's slug), in all and by month. */
	private static final class Counts {

		private final Map<String, Integer> articles = new TreeMap<>();

		private final Map<String, Map<YearMonth, Integer>> months = new TreeMap<>();

		void add(String key, long sortKey) {
			this.articles.merge(key, 1, Integer::sum);
			YearMonth month = YearMonth.from(SortKey.published(sortKey));
			this.months.computeIfAbsent(key, (k) -> new TreeMap<>()).merge(month, 1, Integer::sum);
		}

		void addMonths(CoverageKind kind, List<Object[]> rows) {
			this.months.forEach((key, counts) -> counts.forEach((month, count) -> rows
				.add(new Object[] { kind.name(), key, month.getYear(), month.getMonthValue(), count })));
		}

	}

}
