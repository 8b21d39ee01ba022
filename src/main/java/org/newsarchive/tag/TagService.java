package org.newsarchive.tag;

import java.util.List;
import java.util.Optional;

import org.newsarchive.article.ArticleCard;
import org.newsarchive.article.CardPage;
import org.newsarchive.article.Cursor;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tags and their articles. */
@Service
@Transactional(readOnly = true)
public class TagService {

	private final TagRepository tags;

	TagService(TagRepository tags) {
		this.tags = tags;
	}

	public List<TagView> all() {
		return this.tags.findAllByName().stream().map(TagService::view).toList();
	}

	/** The tags with the most articles. */
	public List<TagView> largest(int count) {
		return this.tags.findLargest(Limit.of(count)).stream().map(TagService::view).toList();
	}

	public Optional<TagView> find(String slug) {
		return this.tags.findBySlug(slug).map(TagService::view);
	}

	public CardPage articles(String slug, CardPage.Paging paging) {
		return CardPage.read(paging, new CardPage.Query() {

			@Override
			public List<ArticleCard> older(Cursor before, int limit) {
				return TagService.this.tags.findOlder(slug, before.sortKey(), Limit.of(limit));
			}

			@Override
			public List<ArticleCard> newer(Cursor after, int limit) {
				return TagService.this.tags.findNewer(slug, after.sortKey(), Limit.of(limit));
			}

		});
	}

	/** The newest articles of a tag, read from the top of its index. */
	public List<ArticleCard> newest(String slug, int count) {
		return this.tags.findOlder(slug, Long.MAX_VALUE, Limit.of(count));
	}

	private static TagView view(Tag tag) {
		return new TagView(tag.getSlug(), tag.getName(), tag.getArticleCount());
	}

	/** A tag as pages show it. */
	public record TagView(String slug, String name, int articleCount) {

		public String url() {
			return "/tags/" + this.slug;
		}

	}

}
