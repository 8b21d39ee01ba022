package org.newsarchive.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Structured data for search engines: schema.org nodes as JSON-LD, for a
 * {@code <script type="application/ld+json">} block.
 */
public final class JsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonLd() {
	}

	/** A node of a type, to fill with properties. */
	public static Map<String, Object> node(String type) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@type", type);
		return node;
	}

	/**
	 * The nodes of a page as one JSON-LD document, with {@code <}, {@code >} and
	 * {@code &} written as JSON escapes: no text of an article ({@code </script>},
	 * {@code <!--<script>}, {@code ]]>}) can then close, or hold open, the script
	 * element it stands in. JSON has those characters only inside strings, where the
	 * escapes mean the same.
	 */
	public static String of(List<Map<String, Object>> nodes) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", "https://schema.org");
		document.put("@graph", nodes);
		return JSON.writeValueAsString(document)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026");
	}

	/** A BreadcrumbList from the front page down to the page itself. */
	public static Map<String, Object> breadcrumbs(List<Crumb> crumbs) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 0; i < crumbs.size(); i++) {
			Map<String, Object> item = node("ListItem");
			item.put("position", i + 1);
			item.put("name", crumbs.get(i).name());
			item.put("item", crumbs.get(i).url());
			items.add(item);
		}
		Map<String, Object> list = node("BreadcrumbList");
		list.put("itemListElement", items);
		return list;
	}

	/** One step of a breadcrumb trail, with its absolute URL. */
	public record Crumb(String name, String url) {
	}

}
