package org.newsarchive.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.newsarchive.ArchiveProperties;
import org.newsarchive.web.Links;

import org.springframework.stereotype.Component;

/**
 * What Memento (RFC 7089) says of captures, in its link format: a capture page's
 * {@code Memento-Datetime} and {@code Link} headers, a TimeGate's {@code Link}, and a
 * TimeMap. Every URL in them is absolute, from {@code archive.base-url}, but the
 * original's, which is the publisher's.
 */
@Component
public class MementoLinks {

	public static final String MEMENTO_DATETIME = "Memento-Datetime";

	public static final String LINK_FORMAT = "application/link-format";

	private final ArchiveProperties properties;

	MementoLinks(ArchiveProperties properties) {
		this.properties = properties;
	}

	/** Gives a capture's page its {@code Memento-Datetime} and its {@code Link}: original, TimeGate, TimeMap and the captures around it. */
	void describe(HttpServletResponse response, Timeline timeline, Memento memento) {
		response.setHeader(MEMENTO_DATETIME, memento.archived().httpDate());
		Map<Memento, List<String>> around = new LinkedHashMap<>();
		rel(around, timeline.first(), "first");
		timeline.before(memento).ifPresent((before) -> rel(around, before, "prev"));
		timeline.after(memento).ifPresent((after) -> rel(around, after, "next"));
		rel(around, timeline.last(), "last");
		List<String> links = new ArrayList<>(List.of(original(timeline), timegate(timeline), timemap(timeline)));
		around.forEach((capture, rels) -> links.add(memento(capture, String.join(" ", rels) + " memento")));
		response.setHeader("Link", String.join(", ", links));
	}

	private static void rel(Map<Memento, List<String>> around, Memento memento, String rel) {
		around.computeIfAbsent(memento, (key) -> new ArrayList<>()).add(rel);
	}

	/** A TimeGate's {@code Link}: the original and the TimeMap (RFC 7089, 4.1.2). */
	public String timegateLink(Timeline timeline) {
		return String.join(", ", original(timeline), timemap(timeline));
	}

	/** The TimeMap in link format (RFC 7089, section 5): original, itself, TimeGate, then every capture, oldest first. */
	public String timemapLinkFormat(Timeline timeline) {
		List<String> links = new ArrayList<>();
		links.add(original(timeline));
		links.add("<" + absolute(Links.timemapLink(timeline.originalUrl())) + ">; rel=\"self\"; type=\"" + LINK_FORMAT
				+ "\"; from=\"" + timeline.first().archived().httpDate() + "\"; until=\""
				+ timeline.last().archived().httpDate() + "\"");
		links.add(timegate(timeline));
		for (Memento capture : timeline.mementos()) {
			List<String> rels = new ArrayList<>();
			if (capture.equals(timeline.first())) {
				rels.add("first");
			}
			if (capture.equals(timeline.last())) {
				rels.add("last");
			}
			rels.add("memento");
			links.add(memento(capture, String.join(" ", rels)));
		}
		return String.join(",\n", links) + "\n";
	}

	/** A capture's page, absolute. */
	public String absolute(String path) {
		return this.properties.absolute(path);
	}

	private static String original(Timeline timeline) {
		return "<" + timeline.originalUrl() + ">; rel=\"original\"";
	}

	private String timegate(Timeline timeline) {
		return "<" + absolute(Links.timegate(timeline.originalUrl())) + ">; rel=\"timegate\"";
	}

	private String timemap(Timeline timeline) {
		return "<" + absolute(Links.timemapLink(timeline.originalUrl())) + ">; rel=\"timemap\"; type=\"" + LINK_FORMAT
				+ "\"";
	}

	private String memento(Memento capture, String rel) {
		return "<" + absolute(capture.path()) + ">; rel=\"" + rel + "\"; datetime=\"" + capture.archived().httpDate()
				+ "\"";
	}

}
