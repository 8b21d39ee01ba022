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
import org.newsarchive.web.Social;

import org.springframework.stereotype.Component;

/** What an article page tells machines: schema.org NewsArticle, breadcrumbs, social cards. */
@Component
class ArticleMetadata {

	private final ArchiveProperties properties;

	ArticleMetadata(ArchiveProperties properties) {
		this.properties = properties;
	}

	/** The publication time: the archive knows the day, so midnight UTC of it. */
	static String publishedTime(ArticleView article) {
		return article.published().atStartOfDay().atOffset(ZoneOffset.UTC)
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	String jsonLd(ArticleView article) {
		Map<String, Object> news = JsonLd.node("NewsArticle");
		news.put("@id", url(article.permalink()) + "#article");
		news.put("url", url(article.permalink()));
		news.put("mainEntityOfPage", url(article.permalink()));
		news.put("headline", article.headline());
		news.put("description", article.summary());
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
		Map<String, Object> publisher = JsonLd.node("Organization");
		publisher.put("name", article.publisher());
		news.put("publisher", publisher);
		news.put("inLanguage", "en");
		return JsonLd.of(List.of(news, JsonLd.breadcrumbs(List.of(new JsonLd.Crumb("News Archive", url(Links.HOME)),
				new JsonLd.Crumb(String.valueOf(article.published().getYear()), url(Links.year(article.published().getYear()))),
				new JsonLd.Crumb(article.monthUrl().substring(1), url(article.monthUrl())),
				new JsonLd.Crumb(article.headline(), url(article.permalink()))))));
	}

	Social social(ArticleView article) {
		BodyElement.Figure lead = article.figures().stream().findFirst().orElse(null);
		return new Social("article", article.headline(), article.summary(), url(article.permalink()),
				(lead != null) ? url(lead.src()) : null, (lead != null) ? lead.alt() : null, publishedTime(article),
				article.tags().stream().map(TagLink::name).toList());
	}

	private String url(String path) {
		return this.properties.absolute(path);
	}

}
