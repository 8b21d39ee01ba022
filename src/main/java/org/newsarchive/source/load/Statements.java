package org.newsarchive.source.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL statements of one import, over one connection, in SQL that H2 and PostgreSQL
 * both speak. Each is prepared once and reused: an import writes 100,000 articles with
 * a few dozen distinct statements.
 */
final class Statements implements AutoCloseable {

	/** How many rows the driver fetches at a time. */
	static final int FETCH_SIZE = 1_000;

	/** How many keys one {@link #queryIn} query asks for. */
	static final int KEYS_PER_QUERY = 200;

	private final Connection connection;

	private final Map<String, PreparedStatement> prepared = new HashMap<>();

	/** Whether the connection is to PostgreSQL, where the import's SQL differs from H2's. */
	static boolean isPostgres(Connection connection) throws SQLException {
		return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
	}

	Statements(Connection connection) {
		this.connection = connection;
	}

	/** The statement for this SQL, prepared on first use. */
	PreparedStatement prepared(String sql) throws SQLException {
		PreparedStatement statement = this.prepared.get(sql);
		if (statement == null) {
			statement = this.connection.prepareStatement(sql);
			this.prepared.put(sql, statement);
		}
		return statement;
	}

	int update(String sql, Object... values) throws SQLException {
		PreparedStatement statement = prepared(sql);
		bind(statement, 0, values);
		return statement.executeUpdate();
	}

	/** The number a {@code select count(*)} answers. */
	int count(String sql, Object... values) throws SQLException {
		PreparedStatement select = prepared(sql);
		bind(select, 0, values);
		try (ResultSet rows = select.executeQuery()) {
			rows.next();
			return rows.getInt(1);
		}
	}

	/**
	 * Reads every row a select answers. The statement is not kept: these run once an
	 * import, and one holds its rows no longer than it takes to read them; the driver
	 * fetches {@value #FETCH_SIZE} at a time (PostgreSQL's would otherwise fetch them
	 * all before the first, as many as the archive has articles).
	 */
	void query(String sql, RowReader reader) throws SQLException {
		try (PreparedStatement select = this.connection.prepareStatement(sql)) {
			select.setFetchSize(FETCH_SIZE);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					reader.read(rows);
				}
			}
		}
	}

	/**
	 * Reads the rows a select answers for some keys, {@value #KEYS_PER_QUERY} keys a
	 * query: the select's {@code in (?)} takes them (a short last query repeats its
	 * last key, so that one statement serves all).
	 */
	void queryIn(String sql, List<?> keys, RowReader reader) throws SQLException {
		PreparedStatement select = prepared(
				sql.replace("in (?)", "in (" + String.join(", ", Collections.nCopies(KEYS_PER_QUERY, "?")) + ")"));
		for (int first = 0; first < keys.size(); first += KEYS_PER_QUERY) {
			for (int i = 0; i < KEYS_PER_QUERY; i++) {
				select.setObject(i + 1, keys.get(Math.min(first + i, keys.size() - 1)));
			}
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					reader.read(rows);
				}
			}
		}
	}

	/** Reads the few rows a select answers for these values (a prepared statement, kept: it runs many times). */
	void queryFor(String sql, RowReader reader, Object... values) throws SQLException {
		PreparedStatement select = prepared(sql);
		bind(select, 0, values);
		try (ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				reader.read(rows);
			}
		}
	}

	/** The first column of every row a select answers. */
	List<String> strings(String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		query(sql, (row) -> values.add(row.getString(1)));
		return values;
	}

	/** Binds values to the parameters after the first {@code offset}. */
	static void bind(PreparedStatement statement, int offset, Object[] values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			int parameter = offset + i + 1;
			if (values[i] == null) {
				statement.setNull(parameter, Types.VARCHAR);
			}
			else if (values[i] instanceof byte[] bytes) {
				statement.setBytes(parameter, bytes);
			}
			else {
				statement.setObject(parameter, values[i]);
			}
		}
	}

	@Override
	public void close() throws SQLException {
		for (PreparedStatement statement : this.prepared.values()) {
			statement.close();
		}
	}

	/** Reads one row of a select. */
	@FunctionalInterface
	interface RowReader {

		void read(ResultSet row) throws SQLException;

	}

}
