package org.newsarchive.source.load;

import java.util.Arrays;

import db.migration.R__Import_sources;
import org.flywaydb.core.api.MigrationState;
import org.newsarchive.ArchiveProperties;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
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

	/**
	 * Migrates, first clearing the record of an import that failed. A failed import
	 * rolls back whole, yet Flyway records it and would refuse every later start; the
	 * operator fixes the source and restarts, and the import simply runs again.
	 */
	@Bean
	FlywayMigrationStrategy retryFailedImport() {
		return (flyway) -> {
			boolean importFailed = Arrays.stream(flyway.info().all())
				.anyMatch((migration) -> migration.getVersion() == null && migration.getState() == MigrationState.FAILED);
			if (importFailed) {
				flyway.repair();
			}
			flyway.migrate();
		};
	}

}
