package org.newsarchive.tag;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.GeneratedArchive;
import org.newsarchive.browse.Cursor;
import org.newsarchive.web.PageCache;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * On a generated archive of 10,000 articles, a deep page of a list costs what its first
 * page does. Cost is the rows the database reads to answer the page's query, as H2's
 * EXPLAIN ANALYZE counts them: a measure that does not depend on the machine's speed.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.session_factory.statement_inspector="
		+ "org.newsarchive.tag.RecordingStatementInspector")
@AutoConfigureMockMvc
class ScaleTests {

	static final int ARTICLES = 10_000;

	private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

	private static final Pattern SITEMAP_CHUNK = Pattern.compile("<loc>http://localhost:8080(/sitemaps/\\d+\\.xml)</loc>");

	@Autowired
	MockMvc mvc;

	@Autowired
	PageCache pageCache;

	/** Each test reads the statements of a render: none may come from the page cache. */
	@BeforeEach
	void forgetCachedPages() {
		this.pageCache.clear();
	}

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void generatedArchive(DynamicPropertyRegistry registry) throws IOException {
		GeneratedArchive.addTo(registry, ARTICLES);
	}

	/**
	 * A page reads its 21 rows (a page and one more) and, for each, its article and its
	 * thumbnail: a bound that does not grow with the list (H2 counts about two index
	 * reads a joined row).
	 */
	static final int MAX_ROWS_OF_A_PAGE = 21 * 6;

	/**
	 * Past 10,000 URLs the sitemap is an index of chunks, and each chunk is small enough
	 * for the page cache: rendered once, then served from memory, never buffered whole
	 * again on every request.
	 */
	@Test
	void keepsEverySitemapChunkInThePageCache() throws Exception {
		String index = this.mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		Matcher chunk = SITEMAP_CHUNK.matcher(index);
		int chunks = 0;
		while (chunk.find()) {
			long kept = this.pageCache.size();
			byte[] body = this.mvc.perform(get(chunk.group(1))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsByteArray();
			assertThat(body.length).as(chunk.group(1)).isLessThan(4 * 1024 * 1024);
			assertThat(this.pageCache.size()).as(chunk.group(1)).isEqualTo(kept + 1);
			chunks++;
		}
		assertThat(chunks).isGreaterThanOrEqualTo(2);
	}

	@Test
	void theDeepPageOfTheLargestTagCostsNoMoreThanTwiceItsFirst() throws Exception {
		String tag = this.jdbc.queryForObject("select slug from tag order by article_count desc limit 1", String.class);
		int articles = this.jdbc.queryForObject("select article_count from tag where slug = ?", Integer.class, tag);
		assertThat(articles).isGreaterThan(4_000);
		long deep = deepCursor("article_tag", "tag_slug", tag);

		long first = rowsRead("/tags/" + tag, "tag_slug", tag, Long.MAX_VALUE);
		long last = rowsRead("/tags/" + tag + "?before=" + Cursor.of(deep), "tag_slug", tag, deep);

		assertThat(first).isPositive().isLessThanOrEqualTo(MAX_ROWS_OF_A_PAGE);
		assertThat(last).isLessThanOrEqualTo(2 * first);
	}

	@Test
	void theDeepPageOfAPersonCostsNoMoreThanTwiceTheirFirst() throws Exception {
		String person = this.jdbc.queryForObject("select slug from person order by article_count desc limit 1",
				String.class);
		long deep = deepCursor("person_article", "person_slug", person);

		long first = rowsRead("/people/" + person, "person_slug", person, Long.MAX_VALUE);
		long last = rowsRead("/people/" + person + "?before=" + Cursor.of(deep), "person_slug", person, deep);

		assertThat(first).isPositive().isLessThanOrEqualTo(MAX_ROWS_OF_A_PAGE);
		assertThat(last).isLessThanOrEqualTo(2 * first);
	}

	@Test
	void anArticlePageReadsItsOwnImagesNotAllOfThem() throws Exception {
		List<String> photos = this.jdbc.queryForList(
				"select image_id from article_block where article_id = 1 and image_id is not null order by position",
				String.class);
		RecordingStatementInspector.statements.clear();
		this.mvc.perform(get(this.jdbc.queryForObject(
				"select '/' || formatdatetime(published, 'yyyy/MM/dd') || '/' || slug from article where id = 1",
				String.class)))
			.andExpect(status().isOk());
		String sql = RecordingStatementInspector.statements.stream()
			.filter((statement) -> statement.contains("from image"))
			.findFirst()
			.orElseThrow();
		List<String> ids = photos.stream().map((id) -> "'" + id + "'").toList();
		List<String> values = new ArrayList<>(ids);
		values.addAll(ids);

		long rows = scanned(this.jdbc.queryForObject("explain analyze " + bind(sql, values), String.class));

		assertThat(photos).isNotEmpty();
		assertThat(rows).isLessThanOrEqualTo(10L * photos.size());
	}

	/** The cursor of the list's next-to-last page: a full page of older rows still follows it. */
	private long deepCursor(String table, String keyColumn, String key) {
		return this.jdbc.queryForObject("select sort_key from " + table + " where " + keyColumn
				+ " = ? order by sort_key limit 1 offset 40", Long.class, key);
	}

	/**
	 * Requests a list page, finds the statement that read its cards, and asks H2 how many
	 * rows it reads to run it with the page's parameters.
	 */
	private long rowsRead(String path, String keyColumn, String key, long before) throws Exception {
		RecordingStatementInspector.statements.clear();
		this.mvc.perform(get(path)).andExpect(status().isOk());
		String sql = RecordingStatementInspector.statements.stream()
			.filter((statement) -> statement.contains(keyColumn + "=?") && statement.contains("sort_key<?"))
			.findFirst()
			.orElseThrow();
		String bound = bind(sql, List.of("'" + key + "'", Long.toString(before), "21"));
		return scanned(this.jdbc.queryForObject("explain analyze " + bound, String.class));
	}

	/** The rows H2's plan says it read. */
	private static long scanned(String plan) {
		long rows = 0;
		Matcher matcher = SCAN_COUNT.matcher(plan);
		while (matcher.find()) {
			rows += Long.parseLong(matcher.group(1));
		}
		return rows;
	}

	private static String bind(String sql, List<String> values) {
		StringBuilder bound = new StringBuilder();
		int value = 0;
		for (char c : sql.toCharArray()) {
			bound.append((c == '?') ? values.get(value++) : String.valueOf(c));
		}
		assertThat(value).as("parameters of " + sql).isEqualTo(values.size());
		return bound.toString();
	}

}
