package org.newsarchive.source.load;

import java.lang.reflect.Constructor;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.migration.JavaMigration;
import org.newsarchive.ArchiveProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/** Hands Flyway the source import, configured with the archive's source locations. */
@Configuration(proxyBeanMethods = false)
class SourceImportConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SourceImportConfiguration.class);

	/** Flyway's package for Java migrations, where the import's migration class is. */
	static final String MIGRATIONS = "db.migration";

	@Bean
	FlywayConfigurationCustomizer sourceImportMigration(ArchiveProperties properties,
			ResourcePatternResolver resolver) {
		return (configuration) -> configuration.javaMigrations(sourceImport(resolver,
				new ArchiveImport(new SourceLibrary(properties.sources(), resolver), configuration::getDataSource)));
	}

	/**
	 * Makes the import's migration: the one {@link SourceImportMigration} of
	 * {@value #MIGRATIONS}, found by its type so that this package need not name it.
	 */
	static SourceImportMigration sourceImport(ResourcePatternResolver resolver, ArchiveImport archiveImport) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.setResourceLoader(resolver);
		scanner.addIncludeFilter(new AssignableTypeFilter(SourceImportMigration.class));
		List<String> found = scanner.findCandidateComponents(MIGRATIONS)
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.toList();
		if (found.size() != 1) {
			throw new IllegalStateException("Expected one SourceImportMigration in " + MIGRATIONS + ", found " + found);
		}
		Class<? extends SourceImportMigration> type = ClassUtils
			.resolveClassName(found.get(0), resolver.getClassLoader())
			.asSubclass(SourceImportMigration.class);
		Constructor<? extends SourceImportMigration> constructor = ClassUtils.getConstructorIfAvailable(type,
				ArchiveImport.class);
		if (constructor == null) {
			throw new IllegalStateException(type.getName() + " needs a constructor that takes the ArchiveImport");
		}
		return BeanUtils.instantiateClass(constructor, archiveImport);
	}

	/**
	 * Migrates, first clearing the record of an import that failed. A failed import
	 * rolls back whole, yet Flyway records it and would refuse every later start; the
	 * operator fixes the source and restarts, and the import simply runs again. Once
	 * migrated, records what the sources looked like, so the next start reads only the
	 * files that changed, and compacts the database a first import filled.
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
				if (migration instanceof SourceImportMigration sourceImport) {
					recordManifest(sourceImport);
					compact(sourceImport);
				}
			}
		};
	}

	private static void compact(SourceImportMigration sourceImport) {
		try {
			sourceImport.compactAfterFirstImport();
		}
		catch (SQLException ex) {
			// Only a cost: the database file keeps the free space the import left.
			logger.warn("Could not compact the database after the first import", ex);
		}
	}

	private static void recordManifest(SourceImportMigration sourceImport) {
		try {
			sourceImport.recordManifest();
		}
		catch (SQLException ex) {
			// Only a cost: the next start reads the sources again to compute the checksum.
			logger.warn("Could not record the source manifest", ex);
		}
	}

}
