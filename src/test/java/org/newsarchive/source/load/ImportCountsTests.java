package org.newsarchive.source.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.GeneratedArchive;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a generated archive of 10,000 articles, the counts the import writes once (so that
 * no page ever counts) are those a query over its rows would count: articles per tag
 * and per person, a person's mentions, and articles per month for the coverage charts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
class ImportCountsTests {

	static final int ARTICLES = 10_000;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void generatedArchive(DynamicPropertyRegistry registry) throws IOException {
		GeneratedArchive.addTo(registry, ARTICLES);
	}

	@Test
	void theImportCountsTheArticlesOfEveryTagPersonAndMonth() {
		assertThat(rows("select slug, article_count from tag order by slug")).isEqualTo(rows("""
					select tag.slug, (select count(*) from article_tag t where t.tag_slug = tag.slug) article_count
					from tag order by slug"""));
		assertThat(rows("select slug, article_count, mention_count from person order by slug"))
			.isEqualTo(rows("""
					select person.slug,
					    (select count(*) from person_article p where p.person_slug = person.slug) article_count,
					    (select coalesce(sum(p.mentions), 0) from person_article p where p.person_slug = person.slug)
					        mention_count
					from person order by slug"""));
		String month = "extract(year from a.published), extract(month from a.published)";
		assertThat(rows("""
				select kind, key_slug, year_number, month_number, articles from coverage
				order by kind, key_slug, year_number, month_number""")).isEqualTo(rows("""
				select * from (
				    select 'ALL' kind, '' key_slug, %1$s, count(*) from article a group by %1$s
				    union all
				    select 'PERSON', p.person_slug, %1$s, count(*) from person_article p join article a on a.id = p.article_id
				    group by p.person_slug, %1$s
				    union all
				    select 'TAG', t.tag_slug, %1$s, count(*) from article_tag t join article a on a.id = t.article_id
				    group by t.tag_slug, %1$s) c order by 1, 2, 3, 4""".formatted(month)));
		assertThat(this.jdbc.queryForObject("select count(*) from coverage where kind = 'TAG'", Integer.class))
			.isGreaterThan(100);
	}

	/** The values of each row a query answers, as text, whatever its columns are called. */
	private List<List<String>> rows(String sql) {
		return this.jdbc.query(sql, (row, n) -> {
			List<String> values = new ArrayList<>();
			for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
				values.add(String.valueOf(row.getObject(i)));
			}
			return values;
		});
	}

}
