package org.newsarchive.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsarchive.SourceBuilder;
import org.newsarchive.TemporaryFolders;
import org.newsarchive.browse.ArticleCard;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The archive the search tests share, one application context (and import) for all:
 * the seed, {@link #ARTICLES} generated articles about a lighthouse (for sort, dates and
 * facets), names written with and without their accents (for folding), and articles
 * whose words stand in one block each (for where a hit opens).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(PatientSearch.class)
abstract class SearchArchive {

	/** The generated articles: ids from 300, every one about a lighthouse. */
	static final int ARTICLES = 45;

	static final String IN_GENERATED = " a.id between 300 and 399 ";

	static final String[] TAGS = { "Harbours", "Shipping", "Weather" };

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchService search;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void sources(DynamicPropertyRegistry registry) throws IOException {
		Path folder = TemporaryFolders.create("search-sources");
		LocalDate first = LocalDate.of(2019, 1, 5);
		for (int i = 0; i < ARTICLES; i++) {
			// Several articles a day now and then, so that date order needs its tie-breaker.
			LocalDate published = first.plusDays((i / 3) * 61L);
			List<String> tags = new ArrayList<>(List.of(TAGS[i % 3]));
			if (i % 5 == 0 && i % 3 != 2) {
				tags.add("Weather");
			}
			SourceBuilder.article(300 + i)
				.headline("Lighthouse log " + i)
				.paragraph("The lighthouse keeper wrote entry " + i + ((i % 4 == 0) ? ", and Mike Pompeo visited." : "."))
				.published(published.toString())
				.tags(tags.toArray(String[]::new))
				.section((i % 2 == 0) ? "Coast" : "Inland")
				.publisher((i % 3 == 0) ? "Tide Times, Harbour Edition" : "Test Wire")
				.writeTo(folder, "lighthouse-" + i);
		}
		SourceBuilder.article(400)
			.headline("A visit to Reykjavík")
			.paragraph("Sigurður Ólafsson met Kim Jong-un at the fish market, said Seán O’Brien.")
			.published("2022-02-02")
			.writeTo(folder, "accented");
		SourceBuilder.article(401)
			.headline("Back from Iceland")
			.paragraph("Einar Olafsson never met Kim Jong Un, said Sean OBrien.")
			.published("2022-02-03")
			.writeTo(folder, "unaccented");
		HitPlacesTests.write(folder);
		registry.add("archive.sources", () -> "classpath:db/source," + folder.toUri());
	}

	SearchResults search(Map<String, String> parameters) throws Exception {
		SearchResults results = this.search.search(SearchQuery.parse((name) -> parameters.containsKey(name)
				? new String[] { parameters.get(name) } : null));
		assertThat(results.outcome()).isEqualTo(SearchResults.Outcome.SEARCHED);
		return results;
	}

	static List<Long> ids(SearchResults results) {
		return results.hits().stream().map(SearchResults.Hit::card).map(ArticleCard::id).toList();
	}

	long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	Document page(String uri) throws Exception {
		return Jsoup.parse(body(get(uri)));
	}

	/** The body of a request's answer, which must be a 200. */
	String body(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
