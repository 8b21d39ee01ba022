package org.newsarchive.source.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BatchWriterTests {

	@Test
	void makesAnInsertOfOneRowAnInsertOfMany() {
		assertThat(BatchWriter.multiRow("insert into tag (slug, name) values (?, ?)", 3))
			.isEqualTo("insert into tag (slug, name) values (?, ?), (?, ?), (?, ?)");
	}

	@Test
	void findsTheValuesOfAnInsertWrittenOverLines() {
		assertThat(BatchWriter.multiRow("""
				insert into article_source (article_id, bytes)
				values (?, ?)""", 2))
			.isEqualTo("insert into article_source (article_id, bytes)\nvalues (?, ?), (?, ?)");
	}

}
