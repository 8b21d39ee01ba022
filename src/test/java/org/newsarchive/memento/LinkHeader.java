package org.newsarchive.memento;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code Link} header or link-format document read by RFC 8288's grammar (which RFC
 * 7089 and RFC 6690 use): {@code <uri>; name="value"; name=token, …}. Anything out of
 * that grammar fails the test that reads it.
 */
record LinkHeader(List<Link> links) {

	/** A link-value: {@code <uri>} and its parameters. */
	private static final Pattern LINK = Pattern.compile("\\s*<([^<>\\s]*)>((?:\\s*;\\s*[A-Za-z0-9!#$&+.^_`|~-]+\\s*=\\s*(?:\"[^\"]*\"|[A-Za-z0-9!#$%&'*+.^_`|~/:-]+))*)\\s*(,|$)");

	private static final Pattern PARAMETER = Pattern.compile(";\\s*([A-Za-z0-9!#$&+.^_`|~-]+)\\s*=\\s*(?:\"([^\"]*)\"|([^\\s;,]+))");

	static LinkHeader parse(String text) {
		List<Link> links = new ArrayList<>();
		Matcher link = LINK.matcher(text.strip());
		int at = 0;
		String rest = text.strip();
		while (at < rest.length()) {
			if (!link.find(at) || link.start() != at) {
				throw new AssertionError("Not a link-value at " + at + ": " + rest.substring(at));
			}
			Map<String, String> parameters = new LinkedHashMap<>();
			Matcher parameter = PARAMETER.matcher(link.group(2));
			while (parameter.find()) {
				parameters.put(parameter.group(1).toLowerCase(), (parameter.group(2) != null) ? parameter.group(2) : parameter.group(3));
			}
			links.add(new Link(link.group(1), parameters));
			at = link.end();
		}
		return new LinkHeader(links);
	}

	/** The links whose rel holds every one of these relation types. */
	List<Link> withRel(String... rels) {
		return this.links.stream().filter((link) -> link.rels().containsAll(List.of(rels))).toList();
	}

	/** The one link whose rel holds these relation types. */
	Link one(String... rels) {
		List<Link> found = withRel(rels);
		if (found.size() != 1) {
			throw new AssertionError("Expected one link with rel " + List.of(rels) + ", found " + found + " in " + this.links);
		}
		return found.get(0);
	}

	record Link(String uri, Map<String, String> parameters) {

		List<String> rels() {
			String rel = this.parameters.get("rel");
			return (rel != null) ? List.of(rel.strip().split("\\s+")) : List.of();
		}

	}

}
