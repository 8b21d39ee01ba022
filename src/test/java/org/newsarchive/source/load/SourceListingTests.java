package org.newsarchive.source.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listing walks a folder a folder at a time, yet lists its files in the order of
 * their whole names, as the checksum and the manifest's merge need: a folder's files
 * come between the names that sort around the folder's name and its slash.
 */
class SourceListingTests {

	@TempDir
	Path folder;

	@Test
	void aFolderIsListedInTheOrderOfTheWholeNames() throws Exception {
		for (String name : List.of("a.txt", "a-b.txt", "a/x.txt", "a/b/y.txt", "a0.txt", "ab/c.txt", "a b.txt",
				"2020/01/one.txt", "2020/01/one.meta", "2020/1.txt", "2020-01.txt", "z.txt")) {
			Path file = this.folder.resolve(name);
			Files.createDirectories(file.getParent());
			Files.writeString(file, name);
		}
		SourceListing listing = new SourceLibrary(List.of(this.folder.toUri().toString()),
				new PathMatchingResourcePatternResolver())
			.list();

		List<String> names = new ArrayList<>();
		for (Iterator<LibraryFile> files = listing.files(listing.locations().get(0)); files.hasNext();) {
			LibraryFile file = files.next();
			names.add(file.name());
			assertThat(file.hasModificationTime()).isTrue();
		}

		assertThat(names).contains("a%20b.txt", "a/b/y.txt").hasSize(12).isSorted();
	}

	@Test
	void theSourcesAreTheTextFilesOfEveryLocationInTurn() throws Exception {
		Files.createDirectories(this.folder.resolve("one/2020"));
		Files.createDirectories(this.folder.resolve("two"));
		Files.writeString(this.folder.resolve("one/2020/b.txt"), "b");
		Files.writeString(this.folder.resolve("one/2020/b.meta"), "b");
		Files.writeString(this.folder.resolve("one/a.txt"), "a");
		Files.writeString(this.folder.resolve("two/c.txt"), "c");
		Files.writeString(this.folder.resolve("two/people.registry"), "");
		SourceListing listing = new SourceLibrary(List.of(this.folder.resolve("one").toUri().toString(),
				this.folder.resolve("empty").toUri().toString(), this.folder.resolve("two").toUri().toString()),
				new PathMatchingResourcePatternResolver())
			.list();

		List<String> sources = new ArrayList<>();
		listing.sources().forEachRemaining((source) -> sources.add(source.name()));

		assertThat(sources).containsExactly("2020/b.txt", "a.txt", "c.txt");
		assertThat(listing.registries()).extracting(SourceFile::name).containsExactly("people.registry");
	}

}
