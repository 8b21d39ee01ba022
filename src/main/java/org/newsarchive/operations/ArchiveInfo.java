package org.newsarchive.operations;

import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Adds what the archive holds to the management port's info: how many articles it serves. */
@Component
class ArchiveInfo implements InfoContributor {

	private final JdbcTemplate jdbc;

	ArchiveInfo(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Long articles = this.jdbc.queryForObject("select count(*) from article", Long.class);
		builder.withDetail("archive", Map.of("articles", articles));
	}

}
