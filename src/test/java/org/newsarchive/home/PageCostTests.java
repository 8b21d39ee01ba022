package org.newsarchive.home;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.newsarchive.Seed;
import org.newsarchive.web.PageCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The browse pages cost a fixed, small number of statements, whatever the size of the
 * archive or of the list: each reads what it shows, once. An article's source text and
 * citations read its row alone, not the article page's view.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
class PageCostTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	PageCache pageCache;

	/** A page cached by an earlier test would cost no statement at all. */
	@BeforeEach
	void forgetCachedPages() {
		this.pageCache.clear();
	}

	@ParameterizedTest
	@CsvSource({ "/, 4", "/tags/north-korea, 3", "/tags/north-korea?before=2017-12-14.1, 3",
			"/people/rex-tillerson, 5", "/people/rex-tillerson?before=2017-12-14.1, 3",
			Seed.PERMALINK + "/source.txt, 1", Seed.PERMALINK + "/cite.bib, 1", Seed.PERMALINK + "/cite.json, 1",
			Seed.PERMALINK + "/cite.ris, 1", Seed.PERMALINK + "/cite.ris?p=7, 1", Seed.PERMALINK + "/cite?p=7, 1",
			"/api/articles/1/citation?p=7, 1" })
	void costsAFixedSmallNumberOfStatements(String path, long statements) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();

		this.mvc.perform(get(path)).andExpect(status().isOk());

		assertThat(statistics.getPrepareStatementCount()).as(path).isEqualTo(statements);
	}

}
