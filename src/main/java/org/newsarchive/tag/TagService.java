package org.newsarchive.tag;

import java.util.List;
import java.util.Optional;

import org.newsarchive.browse.ArticleCard;
import org.newsarchive.browse.CardLists;
import org.newsarchive.browse.CardPage;

import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Tags and their articles. */
@Service
@Transactional(readOnly = true)
public class TagService {

	private final TagRepository tags;

	private final CardLists cards;

	TagService(TagRepository tags, CardLists cards) {
		this.tags = tags;
		this.cards = cards;
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

	/**
	 * A page of a tag's articles.
	 * @throws ResponseStatusException 404 if there is no such tag or no article past the
	 * cursor; 400 if the cursor is malformed
	 */
	public TagPage page(String slug, String before, String after) {
		TagView tag = find(slug).orElseThrow(TagService::notFound);
		CardPage articles = this.cards.ofTag(slug, CardPage.Paging.of(before, after));
		if (articles.isEmpty()) {
			throw notFound();
		}
		return new TagPage(tag, articles);
	}

	/** The newest articles of a tag. */
	public List<ArticleCard> newest(String slug, int count) {
		return this.cards.newestOfTag(slug, count);
	}

	private static TagView view(Tag tag) {
		return new TagView(tag.getSlug(), tag.getName(), tag.getArticleCount());
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
