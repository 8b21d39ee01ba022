package org.newsarchive.api;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.newsarchive.ArchiveProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's OpenAPI description, served at {@code /api/openapi.json} with its UI at {@code /api/docs}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	/** The contract's version: changed when a field is removed or changes meaning, not when one is added. */
	static final String VERSION = "1.0";

	/** Static: a post-processor of bean definitions must be made before any configuration. */
	@Bean
	static LazyApiDocumentation lazyApiDocumentation() {
		return new LazyApiDocumentation();
	}

	@Bean
	OpenAPI archiveApi(ArchiveProperties archive) {
		return new OpenAPI().info(new Info().title("News Archive API")
			.version(VERSION)
			.description("""
					The archive, read-only, as JSON: every article with its tags, people, key points and \
					each block of its body, as faithful to its source text as its page is; the list of \
					every article, and a tag's and a person's articles, newest first, paged by the same \
					cursors as the pages; the full-text search; and every capture of an original URL, \
					however it is spelt. Links are absolute. An unknown id or slug answers 404 with an \
					RFC 9457 problem."""))
			// The public address, as in the API's links, whatever host a request came through.
			.servers(List.of(new Server().url(archive.absolute(""))))
			.tags(List.of(new Tag().name("Articles"), new Tag().name("Tags"), new Tag().name("People"),
					new Tag().name("Search"), new Tag().name("Captures")));
	}

}
