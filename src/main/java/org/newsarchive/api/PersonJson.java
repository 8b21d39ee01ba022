package org.newsarchive.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.newsarchive.browse.CardPage;
import org.newsarchive.browse.MentioningPage;
import org.newsarchive.person.PersonPage;
import org.newsarchive.person.PersonView;
import org.newsarchive.person.PhotoView;
import org.newsarchive.web.Links;

/**
 * A person, what the archive holds of them, and one page of their articles, newest
 * first. As on their page, the quotes and photos come with the first page only.
 *
 * @param url the person's page
 * @param mentionCount how often the archive names them
 * @param next the page of older articles, or null on the last page
 * @param previous the page of newer articles, or null on the first page
 */
@Schema(name = "Person")
record PersonJson(String slug, String name, String role, int articleCount, int mentionCount, String url,
		List<Quote> quotes, List<Photo> photos, List<MentioningCard> articles, String next, String previous) {

	static PersonJson of(PersonPage personPage, ApiLinks links) {
		PersonView person = personPage.person();
		MentioningPage articles = personPage.articles();
		String path = Links.apiPerson(person.slug());
		CardPage page = articles.page();
		return new PersonJson(person.slug(), person.name(), person.role(), person.articleCount(),
				person.mentionCount(), links.absolute(person.url()),
				personPage.quotes().stream()
					.map((quote) -> new Quote(quote.text(), links.absolute(quote.url()), quote.headline()))
					.toList(),
				personPage.photos().stream().map((photo) -> Photo.of(photo, links)).toList(),
				page.cards()
					.stream()
					.map((card) -> new MentioningCard(CardJson.of(card, links), articles.mentionsOf(card.id())))
					.toList(),
				links.page(path, "before", page.older()), links.page(path, "after", page.newer()));
	}

	/**
	 * A person without their articles, as a search that names them shows them.
	 *
	 * @param url the person's page
	 * @param api the person as JSON
	 */
	@Schema(name = "PersonSummary")
	record Summary(String slug, String name, String role, int articleCount, String url, String api) {

		static Summary of(PersonView person, ApiLinks links) {
			return new Summary(person.slug(), person.name(), person.role(), person.articleCount(),
					links.absolute(person.url()), links.absolute(Links.apiPerson(person.slug())));
		}

	}

	/**
	 * A direct quote of the person.
	 *
	 * @param url the paragraph it stands in
	 * @param headline the headline of its article
	 */
	record Quote(String text, String url, String headline) {
	}

	/**
	 * A photo whose label names the person.
	 *
	 * @param image the photo's image, or its labelled placeholder
	 * @param url the photo's place in its article
	 */
	record Photo(String label, String credit, String caption, String image, Integer width, Integer height,
			String url, String headline) {

		static Photo of(PhotoView photo, ApiLinks links) {
			return new Photo(photo.label(), photo.credit(), photo.caption(), links.absolute(photo.src()),
					photo.width(), photo.height(), links.absolute(photo.url()), photo.headline());
		}

	}

	/**
	 * An article of the person's.
	 *
	 * @param mentions how often the article names them
	 */
	record MentioningCard(@JsonUnwrapped CardJson card, int mentions) {
	}

}
