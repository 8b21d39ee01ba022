package org.newsarchive.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder where this replica keeps its search index across restarts
 * ({@code archive.search-index}). Each index lives in a subfolder of its own,
 * {@code index-…}: a new one is built beside the old, which goes once the new one is
 * committed, so a start that stops halfway leaves the last good index as it was.
 * <p>
 * A replica holds Lucene's lock on the folder while it runs, so two replicas pointed at
 * it never write or delete each other's index: the one that finds it locked, or cannot
 * use the folder at all, builds in a private temporary folder, deleted when it stops.
 */
final class IndexFolder implements Closeable {

	private static final String LOCK = "search-index.lock";

	private static final String PREFIX = "index-";

	private static final Logger logger = LoggerFactory.getLogger(IndexFolder.class);

	private final Path root;

	private final Directory lockDirectory;

	private final Lock lock;

	private IndexFolder(Path root, Directory lockDirectory, Lock lock) {
		this.root = root;
		this.lockDirectory = lockDirectory;
		this.lock = lock;
	}

	/** The configured folder, locked for this replica, or a private temporary one if it cannot be. */
	static IndexFolder lock(Path root) throws IOException {
		try {
			createOwnersOnly(root);
			Directory directory = FSDirectory.open(root);
			try {
				return new IndexFolder(root, directory, directory.obtainLock(LOCK));
			}
			catch (IOException | RuntimeException ex) {
				directory.close();
				throw ex;
			}
		}
		catch (LockObtainFailedException ex) {
			logger.warn("Search index: {} is in use by another replica; this one builds its index in a private "
					+ "temporary folder instead", root.toAbsolutePath());
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Search index: {} cannot be used ({}); this replica builds its index in a private "
					+ "temporary folder instead", root.toAbsolutePath(), ex.toString());
		}
		return new IndexFolder(Files.createTempDirectory("news-archive-index"), null, null);
	}

	/**
	 * Makes the folder, and any parent it lacks, for this user only: the default one is in
	 * the temporary folder every user of the machine shares.
	 */
	private static void createOwnersOnly(Path root) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createDirectories(root,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		else {
			Files.createDirectories(root);
		}
	}

	/**
	 * The index an earlier start committed with this data, if the folder keeps one; its
	 * directory, open. Only its last commit is read here: the caller checks the rest.
	 */
	FSDirectory find(Map<String, String> commitData) throws IOException {
		return findNewest(commitData::equals);
	}

	/**
	 * The newest index the folder keeps whose last commit's data passes the test, if any;
	 * its directory, open. Only its last commit is read here: the caller checks the rest.
	 */
	FSDirectory findNewest(Predicate<Map<String, String>> commitData) throws IOException {
		for (Path folder : indexes()) {
			FSDirectory directory = FSDirectory.open(folder);
			try {
				if (commitData.test(SegmentInfos.readLatestCommit(directory).getUserData())) {
					return directory;
				}
			}
			catch (IndexNotFoundException ex) {
				logger.info("Search index: {} holds no commit (a build that stopped); it is deleted", folder);
			}
			catch (IOException | RuntimeException ex) {
				logger.warn("Search index: the index in {} cannot be read ({}); it is deleted", folder, ex.toString());
			}
			directory.close();
		}
		return null;
	}

	/** A new, empty folder for an index to be built in. */
	Path fresh() throws IOException {
		return Files.createTempDirectory(this.root, PREFIX);
	}

	/** Deletes every index of the folder but the current one. */
	void keepOnly(Path current) throws IOException {
		for (Path folder : indexes()) {
			if (!folder.equals(current)) {
				try {
					IOUtils.rm(folder);
				}
				catch (IOException ex) {
					logger.warn("Search index: could not delete the earlier index {}", folder, ex);
				}
			}
		}
	}

	/** The index folders, the newest first; nothing else of the folder is touched. */
	private List<Path> indexes() throws IOException {
		try (Stream<Path> children = Files.list(this.root)) {
			return children.filter((child) -> child.getFileName().toString().startsWith(PREFIX))
				.filter(Files::isDirectory)
				.sorted(Comparator.comparingLong(IndexFolder::modified).reversed())
				.toList();
		}
	}

	private static long modified(Path folder) {
		try {
			return Files.getLastModifiedTime(folder).toMillis();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/** Lets the folder go: the lock is released, and a private folder is deleted. */
	@Override
	public void close() throws IOException {
		if (this.lock == null) {
			IOUtils.rm(this.root);
			return;
		}
		IOUtils.close(this.lock, this.lockDirectory);
	}

	@Override
	public String toString() {
		return this.root.toString();
	}

}
