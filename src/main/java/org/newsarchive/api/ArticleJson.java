package org.newsarchive.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.newsarchive.article.ArticleView;
import org.newsarchive.article.BodyElement;
import org.newsarchive.article.TextRun;
import org.newsarchive.article.Timeline;

/**
 * An article as its page shows it.
 *
 * @param source the verbatim text the article was archived from, and its SHA-256
 * @param captures every capture of its original URL, oldest first; the last is this article
 * @param keyPoints the bullets that open the article
 * @param blocks every block in source order, bullets one by one
 * @param previous the article published just before it, or null
 * @param next the article published just after it, or null
 */
@Schema(name = "Article")
record ArticleJson(long id, String headline, LocalDate published,
		@Schema(description = "when the archive took the text: an ISO date, or a date-time with its offset",
				example = "2026-11-27") String archived,
		String publisher, String originalUrl,
		String section, String permalink, String shortLink, Source source, List<CaptureJson> captures, List<TagLink> tags,
		List<PersonLink> people, List<String> keyPoints, List<Block> blocks, CardJson previous, CardJson next) {

	static ArticleJson of(ArticleView article, Timeline timeline, ApiLinks links) {
		List<String> keyPoints = new ArrayList<>();
		List<Block> blocks = new ArrayList<>();
		for (BodyElement element : article.body()) {
			switch (element.kind()) {
				case PARAGRAPH -> blocks.add(Block.text(element.anchor(), "paragraph", element.runs()));
				case SUBHEADING -> blocks.add(Block.text(element.anchor(), "subheading", element.runs()));
				case FIGURE -> blocks.add(Block.photo(element.anchor(), element.figure(), links));
				case LIST, KEY_POINTS -> element.items().forEach((item) -> {
					Block bullet = Block.text(item.anchor(), "bullet", item.runs());
					blocks.add(bullet);
					if (element.kind() == BodyElement.Kind.KEY_POINTS) {
						keyPoints.add(bullet.text());
					}
				});
			}
		}
		return new ArticleJson(article.id(), article.headline(), article.published(), article.archived().iso(),
				article.publisher(),
				article.originalUrl(), article.section(), links.absolute(article.permalink()),
				links.absolute(article.shortLink()),
				new Source(links.absolute(article.sourceUrl()), article.sourceSha256()), CaptureJson.of(timeline, links),
				article.tags()
					.stream()
					.map((tag) -> new TagLink(tag.name(), tag.slug(), links.absolute(tag.url())))
					.toList(),
				article.people()
					.stream()
					.map((person) -> new PersonLink(person.slug(), person.name(), person.role(),
							links.absolute(person.url())))
					.toList(),
				List.copyOf(keyPoints), List.copyOf(blocks), CardJson.of(article.previous(), links),
				CardJson.of(article.next(), links));
	}

	/** The source text, byte for byte, and the SHA-256 of its bytes. */
	record Source(String url, String sha256) {
	}

	record TagLink(String name, String slug, String url) {
	}

	record PersonLink(String slug, String name, String role, String url) {
	}

	/**
	 * A block of the body; the photo's fields are left out of other blocks.
	 *
	 * @param anchor its fragment on the page: {@code p5} is {@code #p5}
	 * @param text the block's text, character for character (a photo's caption)
	 * @param image the photo's image, or a labelled placeholder when the archive does
	 * not hold the photo
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Block(String anchor,
			@Schema(allowableValues = { "paragraph", "subheading", "bullet", "photo" }) String kind, String text,
			String label, String credit, String caption, String image, Integer width, Integer height,
			Boolean placeholder) {

		static Block text(String anchor, String kind, List<TextRun> runs) {
			return new Block(anchor, kind, TextRun.text(runs), null, null, null, null, null, null, null);
		}

		static Block photo(String anchor, BodyElement.Figure figure, ApiLinks links) {
			String caption = TextRun.text(figure.caption());
			return new Block(anchor, "photo", caption, figure.alt(), figure.credit(), caption,
					links.absolute(figure.src()), figure.width(), figure.height(), figure.placeholder());
		}

	}

}
