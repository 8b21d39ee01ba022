package org.newsarchive;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The few layering rules that matter. */
class ArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.newsarchive", "db.migration");

	@Test
	void theParserIsPlainJava() {
		noClasses().that()
			.resideInAPackage("org.newsarchive.source")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..", "org.hibernate..")
			.check(CLASSES);
	}

	@Test
	void theWebLayerNeverTouchesTheImport() {
		noClasses().that()
			.resideInAnyPackage("org.newsarchive.article..", "org.newsarchive.image..", "org.newsarchive.tag..",
					"org.newsarchive.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.newsarchive.source.load..", "db.migration..")
			.check(CLASSES);
	}

}
