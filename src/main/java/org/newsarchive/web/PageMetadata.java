package org.newsarchive.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsarchive.ArchiveProperties;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A page's meta and its structured data: for pages other than articles, a WebPage,
 * CollectionPage or ProfilePage node, and the breadcrumbs from the front page down to
 * the page, all from the one {@link PageMeta} the layout renders too.
 */
@Component
public class PageMetadata {

	private final ArchiveProperties properties;

	PageMetadata(ArchiveProperties properties) {
		this.properties = properties;
	}

	/** Gives a page its meta, for the layout, and the JSON-LD that says the same. */
	public void describe(Model model, PageMeta meta) {
		model.addAttribute("meta", meta);
		model.addAttribute("jsonLd", jsonLd(JsonLd.node(meta.type()), meta));
	}

	/** Gives a person's page its meta and a ProfilePage about the Person. */
	public void describeProfile(Model model, PageMeta meta, String name, String role) {
		Map<String, Object> person = JsonLd.node("Person");
		person.put("name", name);
		person.put("jobTitle", role);
		person.put("url", this.properties.absolute(meta.path()));
		Map<String, Object> page = JsonLd.node(meta.type());
		page.put("mainEntity", person);
		model.addAttribute("meta", meta);
		model.addAttribute("jsonLd", jsonLd(page, meta));
	}

	/** The breadcrumbs from the front page down to a page, with absolute URLs. */
	public Map<String, Object> breadcrumbs(PageMeta meta) {
		List<JsonLd.Crumb> crumbs = new ArrayList<>();
		crumbs.add(new JsonLd.Crumb(PageMeta.SITE, this.properties.absolute(Links.HOME)));
		for (PageMeta.Crumb crumb : meta.trail()) {
			crumbs.add(new JsonLd.Crumb(crumb.name(), this.properties.absolute(crumb.path())));
		}
		if (!Links.HOME.equals(meta.path())) {
			crumbs.add(new JsonLd.Crumb(meta.title(), this.properties.absolute(meta.path())));
		}
		return JsonLd.breadcrumbs(crumbs);
	}

	private String jsonLd(Map<String, Object> node, PageMeta meta) {
		node.put("name", meta.title());
		node.put("description", meta.description());
		node.put("url", this.properties.absolute(meta.path()));
		node.put("inLanguage", "en");
		return JsonLd.of(List.of(node, breadcrumbs(meta)));
	}

}
