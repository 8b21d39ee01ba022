package org.newsarchive.source.load;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes rows in JDBC batches. Rows are queued per insert and written on
 * {@link #flush()} a batch an insert, in the order the inserts were declared, so that
 * every row's parents are written before it, as the foreign keys want. It keeps how
 * long each table's inserts took, for the import's log.
 */
final class BatchWriter {

	/** How many rows one insert statement carries, when a batch has that many. */
	static final int ROWS_PER_INSERT = 50;

	private static final String INSERT_INTO = "insert into ";

	private final Statements statements;

	/** The queued rows of each declared insert, in the order they are written. */
	private final Map<String, List<Object[]>> queued = new LinkedHashMap<>();

	/**
	 * How many leading values of each insert's rows make its primary key: a batch is
	 * written in key order, so the database walks each index once per batch rather than
	 * jumping about it row by row.
	 */
	private final Map<String, Integer> keyLengths = new HashMap<>();

	private final Map<String, Long> batchNanos = new LinkedHashMap<>();

	BatchWriter(Statements statements) {
		this.statements = statements;
	}

	/**
	 * Declares an insert whose rows are queued, written after those declared before it.
	 * @param keyLength how many leading values make the key its rows are written in the
	 * order of; 0 to write them in the order they came
	 */
	void declare(String insert, int keyLength) {
		this.queued.put(insert, new ArrayList<>());
		this.keyLengths.put(insert, keyLength);
	}

	void queue(String insert, Object... values) {
		this.queued.get(insert).add(values);
	}

	void queueAll(String insert, List<Object[]> rows) {
		this.queued.get(insert).addAll(rows);
	}

	/** The rows queued for an insert, to leave some out before they are written. */
	List<Object[]> queued(String insert) {
		return this.queued.get(insert);
	}

	/** Writes the queued rows: a batch an insert. */
	void flush() throws SQLException {
		for (Map.Entry<String, List<Object[]>> insert : this.queued.entrySet()) {
			int keyLength = this.keyLengths.get(insert.getKey());
			if (keyLength > 0) {
				insert.getValue().sort(byKey(keyLength));
			}
			batch(insert.getKey(), insert.getValue());
			insert.getValue().clear();
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Comparator<Object[]> byKey(int length) {
		return (a, b) -> {
			for (int i = 0; i < length; i++) {
				int order = ((Comparable) a[i]).compareTo(b[i]);
				if (order != 0) {
					return order;
				}
			}
			return 0;
		};
	}

	/** Runs a statement once for each row, in one JDBC batch; an insert, many rows to a statement. */
	void batch(String sql, List<Object[]> rows) throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		List<Object[]> rest = rows;
		if (sql.startsWith(INSERT_INTO) && rows.size() >= ROWS_PER_INSERT) {
			// Many rows to a statement: the database parses, plans and answers once for
			// all of them (PostgreSQL's driver does this itself only when told to).
			int whole = rows.size() - rows.size() % ROWS_PER_INSERT;
			PreparedStatement insert = this.statements.prepared(multiRow(sql, ROWS_PER_INSERT));
			for (int first = 0; first < whole; first += ROWS_PER_INSERT) {
				int width = rows.get(first).length;
				for (int i = 0; i < ROWS_PER_INSERT; i++) {
					Statements.bind(insert, i * width, rows.get(first + i));
				}
				insert.addBatch();
			}
			insert.executeBatch();
			rest = rows.subList(whole, rows.size());
		}
		if (!rest.isEmpty()) {
			PreparedStatement statement = this.statements.prepared(sql);
			for (Object[] row : rest) {
				Statements.bind(statement, 0, row);
				statement.addBatch();
			}
			statement.executeBatch();
		}
		if (sql.startsWith(INSERT_INTO)) {
			String table = sql.substring(INSERT_INTO.length(), sql.indexOf(' ', INSERT_INTO.length()));
			this.batchNanos.merge(table, System.nanoTime() - started, Long::sum);
		}
	}

	/** An insert of one row ({@code ... values (?, ?)}) made an insert of many. */
	static String multiRow(String insert, int rows) {
		int values = insert.lastIndexOf("values");
		String row = insert.substring(values + "values".length()).strip();
		return insert.substring(0, values) + "values " + String.join(", ", Collections.nCopies(rows, row));
	}

	/** How long the batches of each table's inserts took, in milliseconds, for the import's log. */
	String batchTimes() {
		StringBuilder times = new StringBuilder();
		this.batchNanos.forEach((table, nanos) -> times.append(table)
			.append(' ')
			.append(nanos / 1_000_000)
			.append(" ms, "));
		return times.toString();
	}

}
