package org.newsarchive.api;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's OpenAPI description and its UI. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ConfigurableListableBeanFactory beans;

	@Test
	void makesTheDescriptionOnlyWhenFirstAskedForAndStillServesIt() {
		// springdoc's resource and what builds the description wait for the first request.
		for (String name : new String[] { "openApiResource", "openAPIBuilder", "operationBuilder", "archiveApi" }) {
			assertThat(this.beans.getBeanDefinition(name).isLazyInit()).as(name).isTrue();
		}
		// The archive's own beans do not.
		assertThat(this.beans.getBeanDefinition("searchIndex").isLazyInit()).isFalse();

		assertThat(this.mvc.get().uri("/api/openapi.json").exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$.info.title")
			.isEqualTo("News Archive API");
	}

	@Test
	void describesTheApiPathsAndTheirProblems() {
		MvcTestResult result = this.mvc.get().uri("/api/openapi.json").exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.info.title").isEqualTo("News Archive API");
		assertThat(result).bodyJson().extractingPath("$.info.version").asString().isNotEmpty();
		assertThat(result).bodyJson()
			.extractingPath("$.paths")
			.asMap()
			.containsOnlyKeys("/api/articles", "/api/articles/{id}", "/api/articles/{id}/citation", "/api/tags/{slug}",
					"/api/people/{slug}", "/api/search", "/api/lookup");
		assertThat(result).bodyJson()
			.hasPath("$.paths['/api/articles/{id}'].get.responses['200'].content['application/json']")
			.hasPath("$.paths['/api/articles/{id}'].get.responses['404'].content['application/problem+json']")
			.hasPath("$.paths['/api/articles'].get.responses['200'].content['application/json']")
			.hasPath("$.paths['/api/articles'].get.responses['400'].content['application/problem+json']");
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/articles'].get.parameters[*].name")
			.asArray()
			.containsExactly("before", "after");
	}

	@Test
	void describesTheSearchParametersAndItsFacets() {
		MvcTestResult result = this.mvc.get().uri("/api/openapi.json").exchange();

		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/search'].get.parameters[*].name")
			.asArray()
			.containsExactly("q", "page", "sort", "from", "to", "tag", "person", "section", "publisher");
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/search'].get.parameters[?(@.name == 'sort')].schema.enum[*]")
			.asArray()
			.containsExactly("relevance", "newest", "oldest");
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/search'].get.parameters[?(@.name == 'tag')].schema.type")
			.asArray()
			.containsExactly("array");
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.SearchResults.properties")
			.asMap()
			.containsKeys("sort", "from", "to", "filters", "facets");
	}

	@Test
	void describesTheCitationsPinpointParameterAndItsProblems() {
		MvcTestResult result = this.mvc.get().uri("/api/openapi.json").exchange();
		String citation = "$.paths['/api/articles/{id}/citation'].get";

		assertThat(result).bodyJson().extractingPath(citation + ".parameters[?(@.name == 'p')].in").asArray()
			.containsExactly("query");
		assertThat(result).bodyJson().extractingPath(citation + ".parameters[?(@.name == 'p')].required").asArray()
			.containsExactly(false);
		assertThat(result).bodyJson().extractingPath(citation + ".parameters[?(@.name == 'p')].schema.type").asArray()
			.containsExactly("integer");
		assertThat(result).bodyJson().extractingPath(citation + ".parameters[?(@.name == 'p')].description").asArray()
			.singleElement().asString().contains("#p7");
		assertThat(result).bodyJson()
			.hasPath(citation + ".responses['200'].content['application/json']")
			.hasPath(citation + ".responses['400'].content['application/problem+json']")
			.hasPath(citation + ".responses['404'].content['application/problem+json']");
	}

	@Test
	void describesCapturesAndCaptureDates() {
		MvcTestResult result = this.mvc.get().uri("/api/openapi.json").exchange();

		assertThat(result).bodyJson()
			.hasPath("$.paths['/api/lookup'].get.parameters[?(@.name == 'url')]")
			.hasPath("$.paths['/api/lookup'].get.responses['200'].content['application/json']")
			.hasPath("$.paths['/api/lookup'].get.responses['400'].content['application/problem+json']")
			.hasPath("$.paths['/api/lookup'].get.responses['404'].content['application/problem+json']")
			.hasPath("$.components.schemas.Article.properties.archived")
			.hasPath("$.components.schemas.Article.properties.captures")
			.hasPath("$.components.schemas.Capture.properties.archived")
			.hasPath("$.components.schemas.Lookup.properties.captures");
	}

	@Test
	void servesTheUi() {
		MvcTestResult docs = this.mvc.get().uri("/api/docs").exchange();

		assertThat(docs).hasStatus3xxRedirection();
		String location = docs.getResponse().getHeader("Location");
		assertThat(location).endsWith("/index.html");

		MvcTestResult index = this.mvc.get().uri(location).exchange();
		assertThat(index).hasStatusOk();
		assertThat(index).bodyText().contains("swagger-ui");
		String base = location.substring(0, location.lastIndexOf('/') + 1);
		for (String asset : new String[] { "swagger-ui.css", "swagger-ui-bundle.js", "swagger-initializer.js" }) {
			assertThat(this.mvc.get().uri(base + asset).exchange()).as(asset).hasStatusOk();
		}
	}

	@Test
	void pointsTheUiAtTheDescription() {
		MvcTestResult config = this.mvc.get().uri("/api/openapi.json/swagger-config").exchange();

		assertThat(config).hasStatus(HttpStatus.OK);
		assertThat(config).bodyJson().extractingPath("$.url").isEqualTo("/api/openapi.json");
	}

}
