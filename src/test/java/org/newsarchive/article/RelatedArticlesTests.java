package org.newsarchive.article;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsarchive.CalendarArchive;
import org.newsarchive.tag.RecordingStatementInspector;
import org.newsarchive.web.PageCache;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Related articles" and "Later on this story" on a generated archive: each lists what
 * the database says it should, in order. The expected lists are worked out here from
 * plain SQL, label by label and candidate by candidate, and the weights the page
 * documents ({@code Relatedness}): a shared tag 1, a shared person ln(2 + mentions
 * here) × ln(2 + mentions there), divided by 1 + days apart / 30.
 */
class RelatedArticlesTests extends CalendarArchive {

	private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

	@Autowired
	PageCache pageCache;

	@ParameterizedTest
	@ValueSource(longs = { 1000, 1234, 1777, 2500, 3333, 3999, 90_001 })
	void listsTheMostRelatedArticlesAndTheLaterOnesOnTheStory(long id) throws Exception {
		Expected expected = expected(id);

		Document page = page(permalink(id));

		assertThat(page.select("#related-title + ol .article-card-headline a").eachAttr("href"))
			.containsExactlyElementsOf(expected.related());
		assertThat(page.select("#later-title + ol .article-card-headline a").eachAttr("href"))
			.containsExactlyElementsOf(expected.later());
		assertThat(page.select("#more-title")).isEmpty();
	}

	@Test
	void mostArticlesHaveRelatedOnesAndSomeHaveLaterOnes() {
		List<Long> ids = this.jdbc.queryForList("select id from article where id between 1000 and 1100", Long.class);

		assertThat(ids.stream().filter((id) -> !expected(id).related().isEmpty()).count()).isGreaterThan(90);
		assertThat(ids.stream().filter((id) -> !expected(id).later().isEmpty()).count()).isGreaterThan(10);
	}

	/**
	 * The candidates are read in one statement whose cost is bounded by the article's
	 * labels, not by how many articles share them: for an article of the largest tag,
	 * the rows it reads are a small fraction of that tag's articles alone.
	 */
	@Test
	void readsItsCandidatesFromTheIndexesNotFromEveryArticleThatSharesALabel() throws Exception {
		String tag = this.jdbc.queryForObject("select slug from tag order by article_count desc limit 1", String.class);
		long id = this.jdbc.queryForObject("select min(article_id) from article_tag where tag_slug = ?", Long.class,
				tag);
		int sharing = this.jdbc.queryForObject("""
				select count(distinct o.article_id) from article_tag t join article_tag o on o.tag_slug = t.tag_slug
				where t.article_id = ?""", Integer.class, id);
		this.pageCache.clear();
		RecordingStatementInspector.statements.clear();
		long started = System.nanoTime();

		this.mvc.perform(get(permalink(id))).andExpect(status().isOk());

		long renderMillis = (System.nanoTime() - started) / 1_000_000;
		String sql = RecordingStatementInspector.statements.stream()
			.filter((statement) -> statement.contains("union"))
			.findFirst()
			.orElseThrow();
		long rows = scanned(this.jdbc.queryForObject("explain analyze " + bind(sql, id), String.class));
		System.out.printf("Related articles of %d (%d articles share a tag with it): %d rows read, render %d ms%n", id,
				sharing, rows, renderMillis);
		assertThat(rows).isPositive().isLessThan(sharing);
	}

	/** The statement with the article's values in place of its named parameters, as Hibernate sent it. */
	private String bind(String sql, long id) {
		long sortKey = this.jdbc.queryForObject("select sort_key from article where id = ?", Long.class, id);
		List<String> tags = tags(id);
		List<String> people = new ArrayList<>(people(id).keySet());
		List<String> values = new ArrayList<>();
		// In the order they stand: the article; each tag's and person's two ranges; the shared tags; each person.
		values.add(Long.toString(id));
		for (String tag : tags) {
			values.addAll(List.of(quoted(tag), Long.toString(sortKey), quoted(tag), Long.toString(sortKey)));
		}
		for (String person : people) {
			values.addAll(List.of(quoted(person), Long.toString(sortKey), quoted(person), Long.toString(sortKey)));
		}
		List<String> selected = new ArrayList<>();
		tags.forEach((tag) -> selected.add(quoted(tag)));
		people.forEach((person) -> selected.add(quoted(person)));
		values.addAll(0, selected);
		StringBuilder bound = new StringBuilder();
		int value = 0;
		for (char c : sql.toCharArray()) {
			bound.append((c == '?') ? values.get(value++) : String.valueOf(c));
		}
		assertThat(value).as("parameters of " + sql).isEqualTo(values.size());
		return bound.toString();
	}

	private static String quoted(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	private Expected expected(long id) {
		long sortKey = this.jdbc.queryForObject("select sort_key from article where id = ?", Long.class, id);
		LocalDate published = this.jdbc.queryForObject("select published from article where id = ?", LocalDate.class,
				id);
		List<String> tags = tags(id);
		Map<String, Integer> people = people(id);
		Set<Long> candidates = new LinkedHashSet<>();
		for (String tag : tags) {
			candidates.addAll(nearest("article_tag", "tag_slug", tag, sortKey));
		}
		for (String person : people.keySet()) {
			candidates.addAll(nearest("person_article", "person_slug", person, sortKey));
		}
		candidates.remove(id);
		List<Scored> scored = new ArrayList<>();
		for (long candidate : candidates) {
			List<String> itsTags = tags(candidate);
			double shared = tags.stream().filter(itsTags::contains).count();
			int labels = (int) shared;
			for (Map.Entry<String, Integer> person : people.entrySet()) {
				List<Integer> there = this.jdbc.queryForList(
						"select mentions from person_article where person_slug = ? and article_id = ?", Integer.class,
						person.getKey(), candidate);
				if (!there.isEmpty()) {
					shared += Math.log(2 + person.getValue()) * Math.log(2 + there.get(0));
					labels++;
				}
			}
			long itsKey = this.jdbc.queryForObject("select sort_key from article where id = ?", Long.class, candidate);
			LocalDate itsDate = this.jdbc.queryForObject("select published from article where id = ?",
					LocalDate.class, candidate);
			long days = Math.abs(ChronoUnit.DAYS.between(published, itsDate));
			scored.add(new Scored(candidate, itsKey, shared / (1 + days / 30.0), days, labels));
		}
		scored.sort(Comparator.comparingDouble(Scored::score)
			.reversed()
			.thenComparingLong(Scored::days)
			.thenComparing(Comparator.comparingLong(Scored::sortKey).reversed()));
		List<Scored> later = scored.stream()
			.filter((s) -> s.sortKey() > sortKey && s.labels() >= 2)
			.limit(3)
			.sorted(Comparator.comparingLong(Scored::sortKey))
			.toList();
		List<String> related = scored.stream()
			.filter((s) -> !later.contains(s))
			.limit(5)
			.map((s) -> permalink(s.id()))
			.toList();
		return new Expected(related, later.stream().map((s) -> permalink(s.id())).toList());
	}

	/** A label's ten articles just before and ten just after the article. */
	private List<Long> nearest(String table, String column, String label, long sortKey) {
		List<Long> ids = new ArrayList<>(this.jdbc.queryForList("select article_id from " + table + " where " + column
				+ " = ? and sort_key < ? order by sort_key desc limit 10", Long.class, label, sortKey));
		ids.addAll(this.jdbc.queryForList("select article_id from " + table + " where " + column
				+ " = ? and sort_key > ? order by sort_key limit 10", Long.class, label, sortKey));
		return ids;
	}

	/** The article's first eight tags, in the source's order. */
	private List<String> tags(long id) {
		return this.jdbc.queryForList("select tag_slug from article_tag where article_id = ? order by position limit 8",
				String.class, id);
	}

	/** The article's eight most named people, as its page orders them, with how often it names each. */
	private Map<String, Integer> people(long id) {
		Map<String, Integer> people = new java.util.LinkedHashMap<>();
		this.jdbc.query("""
				select pa.person_slug, pa.mentions from person_article pa join person p on p.slug = pa.person_slug
				where pa.article_id = ? order by pa.mentions desc, p.name limit 8""",
				(row) -> {
					people.put(row.getString(1), row.getInt(2));
				}, id);
		return people;
	}

	private String permalink(long id) {
		return this.jdbc.queryForObject(
				"select '/' || formatdatetime(published, 'yyyy/MM/dd') || '/' || slug from article where id = ?",
				String.class, id);
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private static long scanned(String plan) {
		long rows = 0;
		Matcher matcher = SCAN_COUNT.matcher(plan);
		while (matcher.find()) {
			rows += Long.parseLong(matcher.group(1));
		}
		return rows;
	}

	private record Scored(long id, long sortKey, double score, long days, int labels) {
	}

	private record Expected(List<String> related, List<String> later) {
	}

}
