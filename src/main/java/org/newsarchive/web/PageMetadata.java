package org.newsarchive.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsarchive.ArchiveProperties;

import org.springframework.stereotype.Component;

/**
 * Structured data of the archive's pages other than articles: a WebPage, CollectionPage
 * or ProfilePage node, and the breadcrumbs from the front page down to the page.
 */
@Component
public class PageMetadata {

	private final ArchiveProperties properties;

	PageMetadata(ArchiveProperties properties) {
		this.properties = properties;
	}

	/**
	 * The JSON-LD of a page.
	 * @param type WebPage, CollectionPage, SearchResultsPage...
	 * @param trail the breadcrumbs above the page: names and paths, in pairs
	 */
	public String page(String type, String name, String description, String path, String... trail) {
		return page(JsonLd.node(type), name, description, path, trail);
	}

	/** The JSON-LD of a person's page: a ProfilePage about the Person. */
	public String profile(String name, String role, String path, String... trail) {
		Map<String, Object> person = JsonLd.node("Person");
		person.put("name", name);
		person.put("jobTitle", role);
		person.put("url", this.properties.absolute(path));
		Map<String, Object> page = JsonLd.node("ProfilePage");
		page.put("mainEntity", person);
		return page(page, name, name + ", " + role, path, trail);
	}

	private String page(Map<String, Object> node, String name, String description, String path, String... trail) {
		node.put("name", name);
		node.put("description", description);
		node.put("url", this.properties.absolute(path));
		node.put("inLanguage", "en");
		List<JsonLd.Crumb> crumbs = new ArrayList<>();
		crumbs.add(new JsonLd.Crumb("News Archive", this.properties.absolute("/")));
		for (int i = 0; i + 1 < trail.length; i += 2) {
			crumbs.add(new JsonLd.Crumb(trail[i], this.properties.absolute(trail[i + 1])));
		}
		if (!"/".equals(path)) {
			crumbs.add(new JsonLd.Crumb(name, this.properties.absolute(path)));
		}
		return JsonLd.of(List.of(node, JsonLd.breadcrumbs(crumbs)));
	}

}
