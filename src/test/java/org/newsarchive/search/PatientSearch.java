package org.newsarchive.search;

import java.time.Duration;

import org.newsarchive.browse.CardLists;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Searches with time enough to find everything: a search that runs out of its budget
 * (a cold JVM on a loaded machine) answers the hits found in time, which is not what
 * the tests that import it check.
 */
@TestConfiguration
class PatientSearch {

	@Bean
	@Primary
	SearchService patientSearch(SearchIndex index, CardLists articles, NamedParameterJdbcTemplate jdbc) {
		return new SearchService(index, articles, jdbc, SearchLimits.DEFAULT.withTimeout(Duration.ofSeconds(30)));
	}

}
