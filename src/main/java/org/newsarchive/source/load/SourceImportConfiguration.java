package org.newsarchive.source.load;

import java.sql.SQLException;
import java.util.Arrays;

import db.migration.R__Import_sources;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.migration.JavaMigration;
import org.newsarchive.ArchiveProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Hands Flyway the source import, configured with the archive's source locations. */
@Configuration(proxyBeanMethods = false)
class SourceImportConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SourceImportConfiguration.class);

	@Bean
	FlywayConfigurationCustomizer sourceImportMigration(ArchiveProperties properties,
			ResourcePatternResolver resolver) {
		return (configuration) -> configuration.javaMigrations(new R__Import_sources(
				new ArchiveImport(new SourceLibrary(properties.sources(), resolver), configuration::getDataSource)));
	}

	/**
	 * Migrates, first clearing the record of an import that failed. A failed import
	 * rolls back whole, yet Flyway records it and would refuse every later start; the
	 * operator fixes the source and restarts, and the import simply runs again. Once
	 * migrated, records what the sources looked like, so the next start reads only the
	 * files that changed.
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
			for (JavaMigration migration : flyway.getConfiguration().getJavaMigrations()) {
				if (migration instanceof R__Import_sources sourceImport) {
					recordManifest(sourceImport);
				}
			}
		};
	}

	private static void recordManifest(R__Import_sources sourceImport) {
		try {
			sourceImport.recordManifest();
		}
		catch (SQLException ex) {
			// Only a cost: the next start reads the sources again to compute the checksum.
			logger.warn("Could not record the source manifest", ex);
		}
	}

}
