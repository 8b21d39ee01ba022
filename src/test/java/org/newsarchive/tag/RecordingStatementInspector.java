package org.newsarchive.tag;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Records the SQL Hibernate sends, so a test can ask the database how it runs it. */
public class RecordingStatementInspector implements StatementInspector {

	public static final List<String> statements = new CopyOnWriteArrayList<>();

	@Override
	public String inspect(String sql) {
		statements.add(sql);
		return sql;
	}

}
