package org.newsarchive.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PeopleRegistryParserTests {

	@Test
	void readsTheSevenPeopleOfTheSeedWithTheirRoles() throws Exception {
		List<Person> people = PeopleRegistryParser.parse("people.registry",
				Files.readAllBytes(Path.of("db/source/people.registry")));

		assertThat(people).extracting(Person::name)
			.containsExactly("Rex Tillerson", "Donald Trump", "Kim Jong Un", "Federica Mogherini", "Sergei Ryabkov",
					"Lu Kang", "Mike Pompeo");
		assertThat(people).filteredOn((person) -> person.slug().equals("sergei-ryabkov"))
			.extracting(Person::role)
			.containsExactly("Russia's Deputy Foreign Minister");
		assertThat(people.get(0).names()).containsExactly("Rex Tillerson", "Tillerson");
	}

	@Test
	void failsOnANameThatAnotherRegistryAlreadyGave() {
		PeopleRegistryParser parser = new PeopleRegistryParser();
		parser.read("a.registry", bytes("jane-doe | Jane Doe | Doe | Minister\n"));

		assertThatExceptionOfType(SourceFormatException.class)
			.isThrownBy(() -> parser.read("b.registry", bytes("# other\njohn-doe | John Doe | Doe | Mayor\n")))
			.withMessage("b.registry:2: 'Doe' already names another person");
	}

	@Test
	void failsOnALineWithoutFourFields() {
		assertThatExceptionOfType(SourceFormatException.class)
			.isThrownBy(() -> PeopleRegistryParser.parse("p.registry", bytes("jane-doe | Jane Doe\n")))
			.withMessageStartingWith("p.registry:1: expected");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
