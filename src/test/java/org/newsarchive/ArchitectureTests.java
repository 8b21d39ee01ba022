package org.newsarchive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.jpa.repository.Query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The shape of the code: which package may use which (README, Layout; docs/architecture.md). */
class ArchitectureTests {

	/**
	 * The classes Spring AOT generates at {@code mvn package} ({@code Name__BeanDefinitions},
	 * {@code __Autowiring}, {@code __AotRepository}, {@code __ApplicationContextInitializer},
	 * {@code $$SpringCGLIB$$0}, …) into {@code target/classes}, where a later
	 * {@code mvn test} finds them. They wire every package from the root by design; the
	 * rules are about the code we write ({@code R__Import_sources} is ours).
	 */
	private static final Pattern GENERATED_BY_AOT = Pattern
		.compile(".*(__\\w*(BeanDefinitions|Autowiring|AotRepository|Registrations|Initializer)|\\$\\$SpringCGLIB\\$\\$)[^/]*\\.class");

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption(ArchitectureTests::writtenByHand)
		.importPackages("org.newsarchive", "db.migration");

	/** The generator is compiled with the tests (src/tools/java), so it is imported from there, its tests left out. */
	static final JavaClasses GENERATOR = new ClassFileImporter()
		.withImportOption((location) -> !location.contains("Tests"))
		.importPackages("org.newsarchive.source.generate");

	private static boolean writtenByHand(Location location) {
		return !location.matches(GENERATED_BY_AOT);
	}

	/** Every package that answers readers: all but the parser, the import, the contract and the app's root. */
	static final String[] WEB_SIDE = { "org.newsarchive.api..", "org.newsarchive.article..",
			"org.newsarchive.browse..", "org.newsarchive.citation..", "org.newsarchive.feed..", "org.newsarchive.home..",
			"org.newsarchive.image..", "org.newsarchive.memento..", "org.newsarchive.operations..", "org.newsarchive.person..",
			"org.newsarchive.search..", "org.newsarchive.tag..", "org.newsarchive.web.." };

	@Test
	void featuresDependOnEachOtherWithoutCycles() {
		slices().matching("org.newsarchive.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void packagesDependOnEachOtherWithoutCyclesTheMigrationIncluded() {
		slices().matching("(**)").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void theParserTheContractAndTheGeneratorArePlainJava() {
		String[] frameworks = { "org.springframework..", "jakarta..", "java.sql..", "org.hibernate.." };
		noClasses().that()
			.resideInAnyPackage("org.newsarchive.source", "org.newsarchive.schema")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(frameworks)
			.check(CLASSES);
		noClasses().should().dependOnClassesThat().resideInAnyPackage(frameworks).check(GENERATOR);
		assertThat(GENERATOR.contain("org.newsarchive.source.generate.ArchiveGenerator")).isTrue();
	}

	@Test
	void theWebSideNeverTouchesTheImportOrTheParser() {
		noClasses().that()
			.resideInAnyPackage(WEB_SIDE)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.newsarchive.source..", "db.migration..")
			.check(CLASSES);
	}

	@Test
	void theImportDoesNotKnowTheMigrationThatRunsIt() {
		noClasses().that()
			.resideInAPackage("org.newsarchive.source.load..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("db.migration..")
			.check(CLASSES);
	}

	@Test
	void theReadModelAndTheLinksDependOnNoFeature() {
		noClasses().that()
			.resideInAnyPackage("org.newsarchive.browse..", "org.newsarchive.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.newsarchive.api..", "org.newsarchive.article..", "org.newsarchive.citation..",
					"org.newsarchive.feed..", "org.newsarchive.home..", "org.newsarchive.image..",
					"org.newsarchive.memento..", "org.newsarchive.person..", "org.newsarchive.search..",
					"org.newsarchive.tag..")
			.check(CLASSES);
	}

	/**
	 * A query may name its own package's entities and the public ones other features
	 * publish for reading (Article, Image, Tag, Person); never another feature's
	 * package-private entity, which is that feature's to change.
	 */
	@Test
	void noQueryJoinsAnotherFeaturesPrivateEntity() {
		Map<String, JavaClass> entities = CLASSES.stream()
			.filter((type) -> type.isAnnotatedWith(Entity.class))
			.collect(Collectors.toMap(JavaClass::getSimpleName, Function.identity()));
		Pattern named = Pattern.compile("\\b(?:from|join)\\s+([A-Z]\\w*)");
		List<String> trespasses = new ArrayList<>();
		for (JavaClass type : CLASSES) {
			for (JavaMethod method : type.getMethods()) {
				if (!method.isAnnotatedWith(Query.class)) {
					continue;
				}
				Matcher matcher = named.matcher(method.getAnnotationOfType(Query.class).value());
				while (matcher.find()) {
					JavaClass entity = entities.get(matcher.group(1));
					assertThat(entity).as("entity %s of %s", matcher.group(1), method.getFullName()).isNotNull();
					if (!entity.getPackageName().equals(type.getPackageName())
							&& !entity.getModifiers().contains(JavaModifier.PUBLIC)) {
						trespasses.add(method.getFullName() + " -> " + entity.getName());
					}
				}
			}
		}
		assertThat(trespasses).isEmpty();
	}

	/** Templates render what their controller gave them; they call no bean ({@code ${@service...}}). */
	@Test
	void noTemplateCallsABean() throws IOException {
		Pattern beanCall = Pattern.compile("[$*]\\{[^}]*@[A-Za-z]");
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<String> calls = files.filter((file) -> file.toString().endsWith(".html"))
				.filter((file) -> beanCall.matcher(read(file)).find())
				.map(Path::toString)
				.toList();
			assertThat(calls).isEmpty();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
