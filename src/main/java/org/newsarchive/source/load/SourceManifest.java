package org.newsarchive.source.load;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the database recorded of each source file at an earlier start: its size,
 * modification time and SHA-256 (table {@code source_file}). It lets a restart compute
 * the import's checksum without reading the files that have not changed; see
 * {@link SourceChecksum}.
 * <p>
 * It is read a location at a time in the order of the names, beside the listing in the
 * same order (a merge join), and recorded a batch of {@value #ROWS_PER_BATCH} rows at a
 * time: a start holds one row of it, never the manifest of a million files.
 */
final class SourceManifest implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(SourceManifest.class);

	/** How many rows are written a batch, each batch committed, when the manifest is recorded. */
	static final int ROWS_PER_BATCH = 2_000;

	/** How many rows the driver fetches at a time (PostgreSQL's would otherwise fetch all). */
	static final int FETCH_SIZE = 1_000;

	/** The connection it is read over, or null: none, or no manifest yet (every file is read). */
	private Connection connection;

	private boolean autoCommit;

	/**
	 * How the names are ordered: by code point, as the listing orders them (H2's
	 * default; PostgreSQL's default collation is a language's, so it is told).
	 */
	private String nameOrder = "name";

	private final ManifestChanges changes;

	private SourceManifest(ManifestChanges changes) {
		this.changes = changes;
	}

	/**
	 * Opens the manifest to read; an empty one if the database has none yet (a first
	 * start, or one before the migration that makes its table).
	 * @param changes where the recorded files the listing no longer holds are noted
	 */
	static SourceManifest open(DataSource dataSource, ManifestChanges changes) {
		SourceManifest manifest = new SourceManifest(changes);
		if (dataSource == null) {
			return manifest;
		}
		try {
			Connection connection = dataSource.getConnection();
			manifest.connection = connection;
			manifest.autoCommit = connection.getAutoCommit();
			if (!hasTable(connection)) {
				manifest.close();
				return manifest;
			}
			// PostgreSQL streams a result only inside a transaction.
			connection.setAutoCommit(false);
			if (Statements.isPostgres(connection)) {
				manifest.nameOrder = "name collate \"C\"";
			}
		}
		catch (SQLException ex) {
			manifest.failed(ex);
		}
		return manifest;
	}

	/**
	 * The recorded files of one location, to be asked for in the order of their names.
	 * The rows the listing passes by are those of files gone.
	 */
	Location location(String location) {
		return new Location(location);
	}

	/** Notes as gone the files recorded below locations that are no longer listed. */
	void forgetOtherLocations(List<String> locations) {
		if (this.connection == null) {
			return;
		}
		String others = "select location, name from source_file"
				+ (locations.isEmpty() ? ""
						: " where location not in (" + String.join(", ", Collections.nCopies(locations.size(), "?"))
								+ ")");
		try (PreparedStatement select = this.connection.prepareStatement(others)) {
			for (int i = 0; i < locations.size(); i++) {
				select.setString(i + 1, locations.get(i));
			}
			select.setFetchSize(FETCH_SIZE);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					this.changes.gone(rows.getString(1), rows.getString(2));
				}
			}
		}
		catch (SQLException ex) {
			failed(ex);
		}
	}

	@Override
	public void close() {
		if (this.connection == null) {
			return;
		}
		try (Connection connection = this.connection) {
			if (!connection.getAutoCommit()) {
				connection.rollback();
				connection.setAutoCommit(this.autoCommit);
			}
		}
		catch (SQLException ex) {
			logger.debug("Could not close the source manifest's connection", ex);
		}
		finally {
			this.connection = null;
		}
	}

	/** Reading failed: what is left is read from the files, which costs only time. */
	private void failed(SQLException ex) {
		logger.warn("Cannot read the source manifest; every source will be read", ex);
		close();
	}

	/**
	 * Brings the recorded manifest up to date: forgets the files that are gone and
	 * records the ones that were read, a batch at a time, each batch committed (a
	 * manifest recorded in part only makes the next start read more). Touches nothing
	 * when nothing changed.
	 */
	static void record(DataSource dataSource, ManifestChanges changes) throws SQLException {
		if (changes.isEmpty()) {
			return;
		}
		try (Connection connection = dataSource.getConnection()) {
			if (!hasTable(connection)) {
				return;
			}
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (PreparedStatement delete = connection
				.prepareStatement("delete from source_file where location = ? and name = ?");
					PreparedStatement insert = connection.prepareStatement(
							"insert into source_file (location, name, size_bytes, modified_nanos, sha256) values (?, ?, ?, ?, ?)");
					DataInputStream gone = changes.readGone();
					DataInputStream read = changes.readRead()) {
				for (int i = 1; i <= changes.goneCount(); i++) {
					delete.setString(1, gone.readUTF());
					delete.setString(2, gone.readUTF());
					delete.addBatch();
					if (i % ROWS_PER_BATCH == 0 || i == changes.goneCount()) {
						delete.executeBatch();
						connection.commit();
					}
				}
				for (int i = 1; i <= changes.readCount(); i++) {
					String location = read.readUTF();
					String name = read.readUTF();
					delete.setString(1, location);
					delete.setString(2, name);
					delete.addBatch();
					insert.setString(1, location);
					insert.setString(2, name);
					insert.setLong(3, read.readLong());
					insert.setLong(4, read.readLong());
					insert.setString(5, read.readUTF());
					insert.addBatch();
					if (i % ROWS_PER_BATCH == 0 || i == changes.readCount()) {
						delete.executeBatch();
						insert.executeBatch();
						connection.commit();
					}
				}
			}
			catch (IOException ex) {
				connection.rollback();
				throw new UncheckedIOException(ex);
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	private static boolean hasTable(Connection connection) throws SQLException {
		String catalog = connection.getCatalog();
		String schema = connection.getSchema();
		for (String name : List.of("source_file", "SOURCE_FILE")) {
			try (ResultSet tables = connection.getMetaData().getTables(catalog, schema, name, null)) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The recorded files of one location, read in the order of their names as the
	 * listing, in the same order, asks for them.
	 */
	final class Location implements AutoCloseable {

		private final String location;

		private PreparedStatement select;

		private ResultSet rows;

		/** The current row's name, or null past the last. */
		private String name;

		private Location(String location) {
			this.location = location;
			if (SourceManifest.this.connection == null) {
				return;
			}
			try {
				this.select = SourceManifest.this.connection
					.prepareStatement("select name, size_bytes, modified_nanos, sha256 from source_file where location = ?"
							+ " order by " + SourceManifest.this.nameOrder);
				this.select.setString(1, location);
				this.select.setFetchSize(FETCH_SIZE);
				this.rows = this.select.executeQuery();
				advance();
			}
			catch (SQLException ex) {
				stop(ex);
			}
		}

		/**
		 * The recorded SHA-256 of a file, if its size and modification time are those
		 * recorded; files must be asked for in the order of their names.
		 */
		String sha256(LibraryFile file) {
			try {
				while (this.name != null && this.name.compareTo(file.name()) < 0) {
					SourceManifest.this.changes.gone(this.location, this.name);
					advance();
				}
				if (this.name == null || !this.name.equals(file.name())) {
					return null;
				}
				boolean same = file.hasModificationTime() && this.rows.getLong(2) == file.size()
						&& this.rows.getLong(3) == file.modified();
				String sha256 = this.rows.getString(4);
				advance();
				return same ? sha256 : null;
			}
			catch (SQLException ex) {
				stop(ex);
				return null;
			}
		}

		/** Notes the rows the listing did not reach as gone, and closes the rows. */
		@Override
		public void close() {
			try {
				while (this.name != null) {
					SourceManifest.this.changes.gone(this.location, this.name);
					advance();
				}
			}
			catch (SQLException ex) {
				stop(ex);
			}
			finally {
				closeRows();
			}
		}

		private void advance() throws SQLException {
			this.name = this.rows.next() ? this.rows.getString(1) : null;
		}

		private void stop(SQLException ex) {
			this.name = null;
			closeRows();
			failed(ex);
		}

		private void closeRows() {
			try {
				if (this.select != null) {
					this.select.close();
				}
			}
			catch (SQLException ex) {
				logger.debug("Could not close the source manifest's rows", ex);
			}
			finally {
				this.select = null;
				this.rows = null;
			}
		}

	}

}
