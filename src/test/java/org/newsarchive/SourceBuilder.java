package org.newsarchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A source written for a test, in the format of {@code db/source}: its text (the
 * headline, then one block a line, blocks apart by a blank line) and its metadata (one
 * {@code key: value} a line), with any photo files beside them. Only what a test says
 * differs from a plain story of one paragraph:
 *
 * <pre>
 * SourceBuilder.article(201).headline("A story that was renamed").slug("the-new-name").writeTo(folder, "renamed");
 * </pre>
 */
public final class SourceBuilder {

	private final long id;

	private String headline = "A story written for a test";

	private final List<String> blocks = new ArrayList<>();

	private String published = "2021-01-02";

	private String archived = "2026-11-27";

	private String originalUrl;

	private final Map<String, String> metadata = new LinkedHashMap<>();

	private final Map<String, byte[]> photoFiles = new LinkedHashMap<>();

	private int photos;

	private SourceBuilder(long id) {
		this.id = id;
	}

	public static SourceBuilder article(long id) {
		return new SourceBuilder(id);
	}

	public SourceBuilder headline(String headline) {
		this.headline = headline;
		return this;
	}

	/** A paragraph, after the blocks given so far. Without any block, the story has one. */
	public SourceBuilder paragraph(String text) {
		this.blocks.add(text);
		return this;
	}

	/** A photo that is not archived: the archive shows a placeholder. */
	public SourceBuilder photo(String label, String credit, String caption) {
		this.blocks.add(label + "\n\n" + credit + "\n\n" + caption);
		this.photos++;
		return this;
	}

	/** A photo whose file lies beside the source, named in the metadata. */
	public SourceBuilder photo(String label, String credit, String caption, String file, byte[] bytes) {
		photo(label, credit, caption);
		this.metadata.put("photo." + this.photos, file);
		this.photoFiles.put(file, bytes);
		return this;
	}

	/** The day of publication, yyyy-mm-dd: the permalink's date. */
	public SourceBuilder published(String date) {
		this.published = date;
		return this;
	}

	/** When the archive took the text: an ISO date or date-time with offset. */
	public SourceBuilder archived(String dateOrDateTime) {
		this.archived = dateOrDateTime;
		return this;
	}

	/** Where it was first published; by default {@code https://example.org/{id}}, an address of its own. */
	public SourceBuilder originalUrl(String url) {
		this.originalUrl = url;
		return this;
	}

	public SourceBuilder slug(String slug) {
		this.metadata.put("slug", slug);
		return this;
	}

	public SourceBuilder previousSlugs(String... slugs) {
		this.metadata.put("previous-slugs", String.join(", ", slugs));
		return this;
	}

	public SourceBuilder tags(String... tags) {
		this.metadata.put("tags", String.join(", ", tags));
		return this;
	}

	public SourceBuilder withdrawn(String why) {
		this.metadata.put("withdrawn", why);
		return this;
	}

	/** The text file's content. */
	public String text() {
		List<String> body = this.blocks.isEmpty() ? List.of("The first paragraph of the story.") : this.blocks;
		return this.headline + "\n\n" + String.join("\n\n", body) + "\n";
	}

	/** The metadata file's content. */
	public String metadata() {
		StringBuilder metadata = new StringBuilder().append("id: ").append(this.id).append('\n')
			.append("published: ").append(this.published).append('\n')
			.append("archived: ").append(this.archived).append('\n')
			.append("publisher: Test Wire\n")
			.append("original-url: ")
			.append((this.originalUrl != null) ? this.originalUrl : "https://example.org/" + this.id)
			.append('\n');
		this.metadata.forEach((key, value) -> metadata.append(key).append(": ").append(value).append('\n'));
		return metadata.toString();
	}

	/** Writes {@code name.txt}, {@code name.meta} and the photo files into the folder (made if need be). */
	public Path writeTo(Path folder, String name) {
		try {
			Files.createDirectories(folder);
			Path text = Files.writeString(folder.resolve(name + ".txt"), text());
			Files.writeString(folder.resolve(name + ".meta"), metadata());
			for (Map.Entry<String, byte[]> photo : this.photoFiles.entrySet()) {
				Files.write(folder.resolve(photo.getKey()), photo.getValue());
			}
			return text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
