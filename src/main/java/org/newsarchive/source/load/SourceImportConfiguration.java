package org.newsarchive.source.load;

import db.migration.R__Import_sources;
import org.newsarchive.ArchiveProperties;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Hands Flyway the source import, configured with the archive's source locations. */
@Configuration(proxyBeanMethods = false)
class SourceImportConfiguration {

	@Bean
	FlywayConfigurationCustomizer sourceImportMigration(ArchiveProperties properties,
			ResourcePatternResolver resolver) {
		ArchiveImport archiveImport = new ArchiveImport(new SourceLibrary(properties.sources(), resolver));
		return (configuration) -> configuration.javaMigrations(new R__Import_sources(archiveImport));
	}

}
