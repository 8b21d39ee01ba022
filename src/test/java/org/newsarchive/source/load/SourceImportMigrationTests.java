package org.newsarchive.source.load;

import java.util.List;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import db.migration.R__Import_sources;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The import's migration: found in db/migration by its type, named there as Flyway's history knows it. */
class SourceImportMigrationTests {

	@Test
	void theConfigurationFindsTheMigrationInDbMigrationByItsType() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		ArchiveImport archiveImport = new ArchiveImport(new SourceLibrary(List.of("classpath:db/source"), resolver),
				() -> null);

		SourceImportMigration migration = SourceImportConfiguration.sourceImport(resolver, archiveImport);

		assertThat(migration).isInstanceOf(R__Import_sources.class);
		assertThat(migration.getVersion()).as("repeatable").isNull();
		assertThat(migration.getDescription()).isEqualTo("Import sources");
	}

	@Test
	void theImportNeverNamesTheMigrationPackage() {
		noClasses().that()
			.resideInAPackage("org.newsarchive.source.load..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("db.migration..")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("org.newsarchive.source.load", "db.migration"));
	}

}
