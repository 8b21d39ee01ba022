package org.newsarchive.article;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsarchive.ArchiveProperties;
import org.newsarchive.browse.PersonLink;
import org.newsarchive.browse.TagLink;
import org.newsarchive.web.Links;
import org.newsarchive.web.JsonLd;
import org.newsarchive.web.PageMeta;
import org.newsarchive.web.PageMetadata;
import org.newsarchive.web.Social;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What an article page tells machines: schema.org NewsArticle, breadcrumbs, social cards. */
@Component
class ArticleMetadata {

	private final ArchiveProperties properties;

	private final PageMetadata pages;

	ArticleMetadata(ArchiveProperties properties, PageMetadata pages) {
		this.properties = properties;
		this.pages = pages;
	}

	/** Gives an article's page its meta, its NewsArticle JSON-LD and its social card. */
	void describe(Model model, ArticleView article) {
		PageMeta meta = PageMeta.of("NewsArticle", article.headline(), article.summary(), article.permalink())
			.under(String.valueOf(article.published().getYear()), Links.year(article.published().getYear()))
			.under(article.monthUrl().substring(1), article.monthUrl());
		model.addAttribute("meta", meta);
		model.addAttribute("jsonLd", jsonLd(article, meta));
		model.addAttribute("social", social(article));
	}

	/** The publication time: the archive knows the day, so midnight UTC of it. */
	static String publishedTime(ArticleView article) {
		return article.published().atStartOfDay().atOffset(ZoneOffset.UTC)
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	private String jsonLd(ArticleView article, PageMeta meta) {
		Map<String, Object> news = JsonLd.node("NewsArticle");
		news.put("@id", url(article.permalink()) + "#article");
		news.put("url", url(article.permalink()));
		news.put("mainEntityOfPage", url(article.permalink()));
		news.put("headline", meta.title());
		news.put("description", meta.description());
		news.put("datePublished", publishedTime(article));
		news.put("dateModified", publishedTime(article));
		news.put("image", article.figures().stream().map((figure) -> url(figure.src())).toList());
		if (article.section() != null) {
			news.put("articleSection", article.section());
		}
		news.put("keywords", article.tags().stream().map(TagLink::name).toList());
		List<Map<String, Object>> people = new ArrayList<>();
		for (PersonLink person : article.people()) {
			Map<String, Object> node = JsonLd.node("Person");
			node.put("name", person.name());
			node.put("jobTitle", person.role());
			node.put("url", url(person.url()));
			people.add(node);
		}
		news.put("about", people.isEmpty() ? List.of() : List.of(people.get(0)));
		news.put("mentions", people);
		news.put("isBasedOn", article.originalUrl());
		// This page is the archived copy: schema.org's archivedAt, dated when the archive took the text.
		Map<String, Object> archivedAt = JsonLd.node("WebPage");
		archivedAt.put("url", url(article.permalink()));
		archivedAt.put("dateCreated", article.archived().iso());
		news.put("archivedAt", archivedAt);
		Map<String, Object> publisher = JsonLd.node("Organization");
		publisher.put("name", article.publisher());
		news.put("publisher", publisher);
		news.put("inLanguage", "en");
		return JsonLd.of(List.of(news, this.pages.breadcrumbs(meta)));
	}

	private Social social(ArticleView article) {
		BodyElement.Figure lead = article.figures().stream().findFirst().orElse(null);
		return new Social("article", (lead != null) ? url(lead.src()) : null, (lead != null) ? lead.alt() : null, publishedTime(article),
				article.tags().stream().map(TagLink::name).toList());
	}

	private String url(String path) {
		return this.properties.absolute(path);
	}

}
