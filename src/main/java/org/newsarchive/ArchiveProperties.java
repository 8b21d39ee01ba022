package org.newsarchive;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The archive's settings.
 *
 * @param sources where the article sources are read from: Spring resource locations,
 * by default the ones packaged from {@code db/source}; add a folder of your own
 * ({@code file:/srv/archive/sources}) to archive more articles without a rebuild
 * @param baseUrl the public address of the archive, without a trailing slash: absolute
 * links (canonical, feeds, sitemaps, structured data) start with it, whatever host or
 * proxy a request came through
 * @param pageCacheSize how much memory the page cache may hold: rendered pages and
 * their compressed forms
 * @param searchIndex the folder that keeps the search index across restarts, so that a
 * restart of an unchanged archive opens it instead of rebuilding it; by default
 * {@code news-archive-<user>/search-index} in the system's temporary folder, a folder
 * of the user's own, whether the archive runs as root or not
 */
@Validated
@ConfigurationProperties("archive")
public record ArchiveProperties(@DefaultValue("classpath:db/source") @NotEmpty List<String> sources,
		@DefaultValue("http://localhost:8080") @NotNull URI baseUrl,
		@DefaultValue("64MB") @NotNull DataSize pageCacheSize, @NotNull Path searchIndex) {

	public ArchiveProperties {
		if (searchIndex == null) {
			// Not a @DefaultValue: those are not resolved against system properties.
			searchIndex = Path.of(System.getProperty("java.io.tmpdir"),
					"news-archive-" + System.getProperty("user.name"), "search-index");
		}
	}

	/** The absolute URL of a path of the archive ({@code /a/1}). */
	public String absolute(String path) {
		String base = this.baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
