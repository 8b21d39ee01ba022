package org.newsarchive.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.RunningArchive;
import org.newsarchive.SourceBuilder;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index across restarts of one file database, as an operator lives them: a
 * restart of an unchanged archive opens the index it kept, an import updates it with what
 * changed (or rebuilds it when most of it did), an index of an earlier format or a
 * damaged one is rebuilt, and a second replica on the same folder builds its own.
 */
@ExtendWith(OutputCaptureExtension.class)
class SearchIndexPersistenceTests {

	private static final String OPENED = "Search index: opened, built from generation";

	private static final String BUILT = "Search index: 2 articles in";

	private static final String UPDATED = "Search index: updated, ";

	@TempDir
	Path database;

	@TempDir
	Path sources;

	@TempDir
	Path index;

	@Test
	void aRestartOfAnUnchangedArchiveOpensTheIndexItKept(CapturedOutput output) throws Exception {
		SourceBuilder.article(301).headline("The lighthouse keeper retires").writeTo(this.sources, "lighthouse");
		try (RunningArchive archive = start()) {
			assertThat(headlinesFound(archive, "lighthouse")).containsExactly("The lighthouse keeper retires");
		}
		assertThat(output).contains(BUILT).doesNotContain(OPENED);
		int firstStart = output.length();

		try (RunningArchive archive = start()) {
			assertThat(headlinesFound(archive, "lighthouse")).containsExactly("The lighthouse keeper retires");
		}
		String secondStart = output.toString().substring(firstStart);
		assertThat(secondStart).contains(OPENED).doesNotContain(BUILT);
		assertThat(indexFolders()).hasSize(1);
	}

	@Test
	void anImportOfOneMoreArticleUpdatesTheIndexWhereItLiesAndTheArticleIsFound(CapturedOutput output)
			throws Exception {
		SourceBuilder.article(301).headline("The lighthouse keeper retires").writeTo(this.sources, "lighthouse");
		try (RunningArchive archive = start()) {
			assertThat(headlinesFound(archive, "harbour")).isEmpty();
		}
		List<Path> before = indexFolders();
		SourceBuilder.article(302).headline("The harbour opens at dawn").tags("Ports").section("Coast")
			.published("2023-04-05").writeTo(this.sources, "harbour");
		int firstStart = output.length();

		try (RunningArchive archive = start()) {
			assertThat(headlinesFound(archive, "harbour")).containsExactly("The harbour opens at dawn");
			assertThat(headlinesFound(archive, "lighthouse")).containsExactly("The lighthouse keeper retires");
			// The update writes the facets, the day and the sort key as a build does.
			assertThat(headlinesFound(archive, "harbour&tag=ports&section=Coast&from=2023-04&to=2023&sort=newest"))
				.containsExactly("The harbour opens at dawn");
			assertThat(Jsoup.parse(archive.get("/search?q=harbour").text()).select(".search-facets a").eachText())
				.contains("Ports", "Coast", "2023");
		}
		String secondStart = output.toString().substring(firstStart);
		assertThat(secondStart).contains(UPDATED + "1 new or changed, 0 deleted")
			.doesNotContain(OPENED, "Search index: 3 articles in");
		assertThat(indexFolders()).as("the index is updated in its folder").isEqualTo(before);
	}

	@Test
	void aChangedArticleIsFoundByItsNewWordsAndNoLongerByItsOld(CapturedOutput output) throws Exception {
		SourceBuilder.article(301).headline("The lighthouse keeper retires").writeTo(this.sources, "lighthouse");
		SourceBuilder.article(302).headline("The harbour opens at dawn").writeTo(this.sources, "harbour");
		try (RunningArchive archive = start()) {
			assertThat(headlinesFound(archive, "retires")).containsExactly("The lighthouse keeper retires");
		}
		SourceBuilder.article(301).headline("The lighthouse keeper stays on").writeTo(this.sources, "lighthouse");
		int firstStart = output.length();

		try (RunningArchive archive = start()) {
			assertThat(headlinesFound(archive, "retires")).isEmpty();
			assertThat(headlinesFound(archive, "stays")).containsExactly("The lighthouse keeper stays on");
			assertThat(headlinesFound(archive, "lighthouse")).as("one document for the article, not two")
				.containsExactly("The lighthouse keeper stays on");
			assertThat(headlinesFound(archive, "harbour")).containsExactly("The harbour opens at dawn");
		}
		assertThat(output.toString().substring(firstStart)).contains(UPDATED + "1 new or changed, 0 deleted");
	}

	@Test
	void aWithdrawnArticleLeavesTheIndex(CapturedOutput output) throws Exception {
		SourceBuilder.article(301).headline("The lighthouse keeper retires").writeTo(this.sources, "lighthouse");
		SourceBuilder.article(302).headline("The harbour opens at dawn").writeTo(this.sources, "harbour");
		try (RunningArchive archive = start()) {
			assertThat(headlinesFound(archive, "lighthouse")).containsExactly("The lighthouse keeper retires");
		}
		SourceBuilder.article(301).headline("The lighthouse keeper retires").withdrawn("A legal request")
			.writeTo(this.sources, "lighthouse");
		int firstStart = output.length();

		try (RunningArchive archive = start()) {
			assertThat(headlinesFound(archive, "lighthouse")).isEmpty();
			assertThat(headlinesFound(archive, "harbour")).containsExactly("The harbour opens at dawn");
		}
		assertThat(output.toString().substring(firstStart)).contains(UPDATED + "0 new or changed, 1 deleted");
	}

	@Test
	void anImportThatChangesMostArticlesRebuildsTheIndex(CapturedOutput output) throws Exception {
		SourceBuilder.article(301).headline("The lighthouse keeper retires").writeTo(this.sources, "lighthouse");
		try (RunningArchive archive = start()) {
			archive.awaitSearch();
		}
		List<Path> before = indexFolders();
		SourceBuilder.article(301).headline("The lighthouse keeper stays on").writeTo(this.sources, "lighthouse");
		SourceBuilder.article(302).headline("The harbour opens at dawn").writeTo(this.sources, "harbour");
		SourceBuilder.article(303).headline("The ferry runs late").writeTo(this.sources, "ferry");
		int firstStart = output.length();

		try (RunningArchive archive = start()) {
			assertThat(headlinesFound(archive, "lighthouse")).containsExactly("The lighthouse keeper stays on");
			assertThat(headlinesFound(archive, "ferry")).containsExactly("The ferry runs late");
		}
		String secondStart = output.toString().substring(firstStart);
		assertThat(secondStart).contains("3 of 2 indexed articles are new or changed", "Search index: 4 articles in")
			.doesNotContain(UPDATED);
		assertThat(indexFolders()).hasSize(1).doesNotContainAnyElementsOf(before);
	}

	@Test
	void anIndexOfAnEarlierFormatIsRebuiltAfterAnImport(CapturedOutput output) throws Exception {
		SourceBuilder.article(301).headline("The lighthouse keeper retires").writeTo(this.sources, "lighthouse");
		try (RunningArchive archive = start()) {
			archive.awaitSearch();
		}
		List<Path> before = indexFolders();
		for (Path folder : before) {
			tagWithFormat(folder, "0");
		}
		SourceBuilder.article(302).headline("The harbour opens at dawn").writeTo(this.sources, "harbour");
		int firstStart = output.length();

		try (RunningArchive archive = start()) {
			assertThat(headlinesFound(archive, "harbour")).containsExactly("The harbour opens at dawn");
		}
		String secondStart = output.toString().substring(firstStart);
		assertThat(secondStart).contains("Search index: 3 articles in").doesNotContain(UPDATED, OPENED);
		assertThat(indexFolders()).hasSize(1).doesNotContainAnyElementsOf(before);
	}

	@Test
	void aDamagedIndexIsRebuiltInsteadOfFailingTheStart(CapturedOutput output) throws Exception {
		SourceBuilder.article(301).headline("The lighthouse keeper retires").writeTo(this.sources, "lighthouse");
		try (RunningArchive archive = start()) {
			archive.awaitSearch();
		}
		for (Path folder : indexFolders()) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter((file) -> !file.getFileName().toString().startsWith("segments")
						&& !file.getFileName().toString().endsWith(".lock")).toList()) {
					byte[] bytes = Files.readAllBytes(file);
					bytes[bytes.length / 2] ^= 0x5a;
					Files.write(file, bytes);
				}
			}
		}
		int firstStart = output.length();

		try (RunningArchive archive = start()) {
			assertThat(headlinesFound(archive, "lighthouse")).containsExactly("The lighthouse keeper retires");
		}
		String secondStart = output.toString().substring(firstStart);
		assertThat(secondStart).contains("cannot be read", BUILT).doesNotContain(OPENED);
	}

	@Test
	void aSecondReplicaOnTheSameFolderBuildsItsOwnIndexElsewhere(CapturedOutput output) throws Exception {
		SourceBuilder.article(301).headline("The lighthouse keeper retires").writeTo(this.sources, "lighthouse");
		try (RunningArchive first = start()) {
			first.awaitSearch();
			List<Path> kept = indexFolders();
			try (RunningArchive second = start()) {
				assertThat(headlinesFound(second, "lighthouse")).containsExactly("The lighthouse keeper retires");
			}
			assertThat(output).contains("is in use by another replica");
			assertThat(indexFolders()).isEqualTo(kept);
			assertThat(headlinesFound(first, "lighthouse")).containsExactly("The lighthouse keeper retires");
		}
	}

	private RunningArchive start() {
		return RunningArchive.start(List.of("--spring.datasource.url=jdbc:h2:file:" + this.database.resolve("archive"),
				"--archive.sources=classpath:db/source," + this.sources.toUri(),
				"--archive.search-index=" + this.index));
	}

	private static List<String> headlinesFound(RunningArchive archive, String query) throws InterruptedException {
		archive.awaitSearch();
		return Jsoup.parse(archive.get("/search?q=" + query).text()).select(".search-result h2 a").eachText();
	}

	/** Commits the index again as if an earlier version of the application had built it. */
	private static void tagWithFormat(Path folder, String format) throws IOException {
		try (Directory directory = FSDirectory.open(folder);
				IndexWriter writer = new IndexWriter(directory,
						new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
			Map<String, String> data = new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
			assertThat(data.put(SearchIndex.FORMAT_KEY, format)).isEqualTo(SearchIndex.FORMAT);
			writer.setLiveCommitData(data.entrySet());
			writer.commit();
		}
	}

	/** The index folders kept in the configured folder. */
	private List<Path> indexFolders() throws IOException {
		try (Stream<Path> folders = Files.list(this.index)) {
			return folders.filter(Files::isDirectory).sorted().toList();
		}
	}

}
