package org.newsarchive.source.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the database recorded of each source file at an earlier start: its size,
 * modification time and SHA-256 (table {@code source_file}). It lets a restart compute
 * the import's checksum without reading the files that have not changed; see
 * {@link SourceChecksum}.
 */
public final class SourceManifest {

	private static final Logger logger = LoggerFactory.getLogger(SourceManifest.class);

	static final SourceManifest EMPTY = new SourceManifest(Map.of());

	/** The entries by location, then by name: a location's name is held once, not once a file. */
	private final Map<String, Map<String, Entry>> entries;

	private SourceManifest(Map<String, Map<String, Entry>> entries) {
		this.entries = entries;
	}

	/**
	 * Reads the manifest; an empty one if the database has none yet (a first start, or
	 * one before the migration that makes its table).
	 */
	static SourceManifest read(DataSource dataSource) {
		if (dataSource == null) {
			return EMPTY;
		}
		try (Connection connection = dataSource.getConnection()) {
			if (!hasTable(connection)) {
				return EMPTY;
			}
			Map<String, Map<String, Entry>> entries = new HashMap<>();
			try (PreparedStatement select = connection
				.prepareStatement("select location, name, size_bytes, modified_nanos, sha256 from source_file");
					ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					entries.computeIfAbsent(rows.getString(1), (location) -> new HashMap<>())
						.put(rows.getString(2), new Entry(rows.getLong(3), rows.getLong(4), rows.getString(5)));
				}
			}
			return new SourceManifest(entries);
		}
		catch (SQLException ex) {
			logger.warn("Cannot read the source manifest; every source will be read", ex);
			return EMPTY;
		}
	}

	/** The recorded SHA-256 of a file, if its size and modification time are those recorded. */
	String sha256(LibraryFile file) {
		if (!file.hasModificationTime()) {
			return null;
		}
		Entry entry = this.entries.getOrDefault(file.location(), Map.of()).get(file.name());
		return (entry != null && entry.size() == file.size() && entry.modified() == file.modified()) ? entry.sha256()
				: null;
	}

	/**
	 * Brings this recorded manifest up to date with a listing: forgets the files that
	 * are gone and records the ones that were read. Touches nothing when nothing changed.
	 * @param listing every file below the locations
	 * @param read the files read (and hashed) for this start's checksum
	 */
	void record(DataSource dataSource, List<LibraryFile> listing, List<LibraryFile> read) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			if (!hasTable(connection)) {
				return;
			}
			List<Key> gone = gone(listing);
			List<LibraryFile> changed = read.stream().filter(LibraryFile::hasModificationTime).toList();
			if (gone.isEmpty() && changed.isEmpty()) {
				return;
			}
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (PreparedStatement delete = connection
				.prepareStatement("delete from source_file where location = ? and name = ?");
					PreparedStatement insert = connection.prepareStatement(
							"insert into source_file (location, name, size_bytes, modified_nanos, sha256) values (?, ?, ?, ?, ?)")) {
				for (Key key : gone) {
					delete.setString(1, key.location());
					delete.setString(2, key.name());
					delete.addBatch();
				}
				for (LibraryFile file : changed) {
					delete.setString(1, file.location());
					delete.setString(2, file.name());
					delete.addBatch();
					insert.setString(1, file.location());
					insert.setString(2, file.name());
					insert.setLong(3, file.size());
					insert.setLong(4, file.modified());
					insert.setString(5, file.sha256());
					insert.addBatch();
				}
				delete.executeBatch();
				insert.executeBatch();
				connection.commit();
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

	/** The recorded files the listing no longer holds. */
	private List<Key> gone(List<LibraryFile> listing) {
		int recorded = this.entries.values().stream().mapToInt(Map::size).sum();
		long listed = listing.stream()
			.filter((file) -> this.entries.getOrDefault(file.location(), Map.of()).containsKey(file.name()))
			.count();
		if (listed == recorded) {
			return List.of();
		}
		Set<Key> present = new HashSet<>();
		listing.forEach((file) -> present.add(new Key(file.location(), file.name())));
		List<Key> gone = new ArrayList<>();
		this.entries.forEach((location, names) -> names.keySet().forEach((name) -> {
			if (!present.contains(new Key(location, name))) {
				gone.add(new Key(location, name));
			}
		}));
		return gone;
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

	private record Key(String location, String name) {
	}

	private record Entry(long size, long modified, String sha256) {
	}

}
