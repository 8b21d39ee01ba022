package org.newsarchive.source.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleRowsTests {

	@Test
	void makesAnInsertOfOneRowAnInsertOfMany() {
		assertThat(ArticleRows.multiRow("insert into tag (slug, name) values (?, ?)", 3))
			.isEqualTo("insert into tag (slug, name) values (?, ?), (?, ?), (?, ?)");
	}

	@Test
	void findsTheValuesOfAnInsertWrittenOverLines() {
		assertThat(ArticleRows.multiRow("""
				insert into article_source (article_id, bytes)
				values (?, ?)""", 2))
			.isEqualTo("insert into article_source (article_id, bytes)\nvalues (?, ?), (?, ?)");
	}

}
