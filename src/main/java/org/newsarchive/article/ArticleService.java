package org.newsarchive.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.newsarchive.article.BodyElement.Figure;
import org.newsarchive.article.BodyElement.Item;
import org.newsarchive.article.BodyElement.Kind;
import org.newsarchive.image.ImageInfo;
import org.newsarchive.image.ImageRepository;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds article pages from the store in a fixed number of statements, whatever the
 * article's size: the article with its body, its tags, its images.
 */
@Service
@Transactional(readOnly = true)
public class ArticleService {

	private final ArticleRepository articles;

	private final ImageRepository images;

	ArticleService(ArticleRepository articles, ImageRepository images) {
		this.articles = articles;
		this.images = images;
	}

	public Optional<ArticleView> findByPermalink(LocalDate published, String slug) {
		return this.articles.findByPermalink(published, slug).map(this::view);
	}

	public List<ArticleCard> latest(int count) {
		return this.articles.findLatest(Limit.of(count));
	}

	/** The permalink of the article with this short id. */
	public Optional<String> permalinkOf(long id) {
		return this.articles.findById(id).map((article) -> Permalinks.of(article.getPublished(), article.getSlug()));
	}

	public Optional<byte[]> sourceOf(long id) {
		return this.articles.findSource(id).map(ArticleSource::getBytes);
	}

	private ArticleView view(Article article) {
		List<ArticleView.TagLink> tags = article.getTags()
			.stream()
			.map((tag) -> new ArticleView.TagLink(tag.getName(), tag.getSlug()))
			.toList();
		return new ArticleView(article.getId(), article.getSlug(), article.getHeadline(), article.getPublished(),
				article.getPublisher(), article.getOriginalUrl(), article.getSection(), article.getSourceSha256(), tags,
				body(article.getBlocks()));
	}

	private List<BodyElement> body(List<ArticleBlock> blocks) {
		Map<String, List<ImageInfo>> renditions = renditions(blocks);
		List<BodyElement> body = new ArrayList<>();
		List<Item> bullets = new ArrayList<>();
		boolean beforeText = true;
		for (ArticleBlock block : blocks) {
			if (block.getKind() != ArticleBlock.Kind.BULLET && !bullets.isEmpty()) {
				body.add(BodyElement.list(beforeText ? Kind.KEY_POINTS : Kind.LIST, bullets));
				bullets.clear();
			}
			switch (block.getKind()) {
				case BULLET -> bullets.add(new Item(BodyElement.anchor(block.getPosition()), block.getText()));
				case PHOTO -> body.add(BodyElement.figure(block.getPosition(),
						figure(block, renditions.getOrDefault(block.getImageId(), List.of()))));
				case SUBHEADING -> body.add(BodyElement.text(Kind.SUBHEADING, block.getPosition(), block.getText()));
				case PARAGRAPH -> body.add(BodyElement.text(Kind.PARAGRAPH, block.getPosition(), block.getText()));
			}
			beforeText &= block.getKind() == ArticleBlock.Kind.PHOTO || block.getKind() == ArticleBlock.Kind.BULLET;
		}
		if (!bullets.isEmpty()) {
			body.add(BodyElement.list(beforeText ? Kind.KEY_POINTS : Kind.LIST, bullets));
		}
		return body;
	}

	/** Each photo's image and its renditions, narrowest first, by the photo's image id. */
	private Map<String, List<ImageInfo>> renditions(List<ArticleBlock> blocks) {
		List<String> ids = blocks.stream().map(ArticleBlock::getImageId).filter((id) -> id != null).toList();
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.images.findWithRenditions(ids)
			.stream()
			.collect(Collectors.groupingBy((image) -> (image.variantOf() != null) ? image.variantOf() : image.id()));
	}

	private static Figure figure(ArticleBlock block, List<ImageInfo> renditions) {
		ImageInfo original = renditions.stream()
			.filter((image) -> image.variantOf() == null)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No image " + block.getImageId()));
		String srcset = (renditions.size() < 2) ? ""
				: renditions.stream().map((image) -> image.url() + " " + image.width() + "w").collect(Collectors.joining(", "));
		return new Figure(original.url(), srcset, original.width(), original.height(), block.getLabel(),
				block.getCredit(), block.getText(), original.isPlaceholder());
	}

}
