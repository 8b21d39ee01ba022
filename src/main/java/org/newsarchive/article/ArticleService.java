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
import org.newsarchive.browse.ArticleCard;
import org.newsarchive.browse.CardLists;
import org.newsarchive.browse.PersonLink;
import org.newsarchive.browse.RelatedArticles;
import org.newsarchive.browse.TagLink;
import org.newsarchive.image.ImageInfo;
import org.newsarchive.image.ImageRepository;
import org.newsarchive.schema.BlockKind;
import org.newsarchive.schema.KeyPoints;
import org.newsarchive.web.Links;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds article pages from the store; lists of articles are the read model's
 * ({@code CardLists}). A page costs a fixed number of statements whatever the article's
 * size: the article with its body; its tags, images, mentions and people; the articles
 * before and after it; the candidates for its related articles, and their cards (and,
 * {@link CaptureService}'s, its earlier captures).
 */
@Service
@Transactional(readOnly = true)
public class ArticleService {

	private final ArticleRepository articles;

	private final CardLists cards;

	private final ImageRepository images;

	private final RelatedArticles related;

	private final CaptureRepository captures;

	ArticleService(ArticleRepository articles, CardLists cards, ImageRepository images, RelatedArticles related,
			CaptureRepository captures) {
		this.articles = articles;
		this.cards = cards;
		this.images = images;
		this.related = related;
		this.captures = captures;
	}

	public Optional<ArticleView> findByPermalink(LocalDate published, String slug) {
		return this.articles.findByPermalink(published, slug).map(this::view);
	}

	/** The article with this short id. */
	public Optional<ArticleView> findById(long id) {
		return this.articles.findWithBodyById(id).map(this::view);
	}

	/** The page of the article or earlier capture with this short id, withdrawn or not. */
	public Optional<String> permalinkOf(long id) {
		return this.articles.findById(id)
			.map((article) -> Links.article(article.getPublished(), article.getSlug()))
			.or(() -> this.captures.findById(id).flatMap(this::pageOf))
			.or(() -> this.articles.findWithdrawn(id).map((w) -> Links.article(w.getPublished(), w.getSlug())));
	}

	/** An earlier capture's page: below the permalink of the article it is a capture of. */
	private Optional<String> pageOf(Capture capture) {
		return this.articles.findByOriginalKey(capture.getOriginalKey())
			.map((article) -> Links.capture(article.getPublished(), article.getSlug(), capture.archived().timestamp()));
	}

	/** Where an article published at an earlier permalink lives now. */
	public Optional<String> movedFrom(LocalDate published, String slug) {
		return this.articles.findOldPermalink(published, slug).flatMap((old) -> permalinkOf(old.getArticleId()));
	}

	/** The article withdrawn from this permalink, if one was. */
	public Optional<Withdrawn> withdrawn(LocalDate published, String slug) {
		return this.articles.findWithdrawn(published, slug)
			.map((w) -> new Withdrawn(w.getHeadline(), w.getPublished(), w.getReason()));
	}

	/** An article withdrawn from the archive, as its page says so. */
	public record Withdrawn(String headline, LocalDate published, String reason) {

		public String publishedText() {
			return ArticleCard.DATE.format(this.published);
		}

	}

	/** The source text of the article at a permalink. */
	Optional<ArchivedSource> sourceOf(LocalDate published, String slug) {
		return this.articles.findSource(published, slug);
	}

	private ArticleView view(Article article) {
		List<TagLink> tags = this.cards.tagsOf(article.getId());
		List<PersonLink> people = this.cards.peopleOf(article.getId());
		RelatedArticles.Related related = this.related.of(article.getId(), article.getSortKey(), tags, people);
		return new ArticleView(article.getId(), article.getSlug(), article.getHeadline(), article.getPublished(),
				article.getPublisher(), article.getOriginalUrl(), article.getSection(), article.getSourceSha256(),
				article.archived(), (article.getSummary() != null) ? article.getSummary() : article.getHeadline(), tags,
				body(article.getBlocks(), this.articles.findMentions(article.getId())), people,
				this.cards.before(article.getSortKey()).orElse(null), this.cards.after(article.getSortKey()).orElse(null),
				related.related(), related.later());
	}

	/** A body as pages show it, from its blocks and the mentions of people in them. */
	List<BodyElement> body(List<ArticleBlock> blocks, List<Mention> found) {
		Map<Integer, List<TextRun.Span>> mentions = found
			.stream()
			.collect(Collectors.groupingBy(Mention::getPosition, Collectors.mapping(
					(m) -> new TextRun.Span(m.getStartOffset(), m.getEndOffset(), m.getPersonSlug()), Collectors.toList())));
		Map<String, List<ImageInfo>> renditions = renditions(blocks);
		List<BodyElement> body = new ArrayList<>();
		List<Item> bullets = new ArrayList<>();
		KeyPoints rule = new KeyPoints();
		Kind listKind = Kind.KEY_POINTS;
		for (ArticleBlock block : blocks) {
			boolean keyPoint = rule.isKeyPoint(block.getKind());
			if (block.getKind() != BlockKind.BULLET && !bullets.isEmpty()) {
				body.add(BodyElement.list(listKind, bullets));
				bullets.clear();
			}
			if (block.getKind() == BlockKind.BULLET) {
				listKind = keyPoint ? Kind.KEY_POINTS : Kind.LIST;
			}
			List<TextRun> runs = TextRun.of(block.getText(), mentions.getOrDefault(block.getPosition(), List.of()));
			switch (block.getKind()) {
				case BULLET -> bullets.add(new Item(BodyElement.anchor(block.getPosition()), runs));
				case PHOTO -> body.add(BodyElement.figure(block.getPosition(),
						figure(block, runs, renditions.getOrDefault(block.getImageId(), List.of()))));
				case SUBHEADING -> body.add(BodyElement.text(Kind.SUBHEADING, block.getPosition(), runs));
				case PARAGRAPH -> body.add(BodyElement.text(Kind.PARAGRAPH, block.getPosition(), runs));
			}
		}
		if (!bullets.isEmpty()) {
			body.add(BodyElement.list(listKind, bullets));
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

	private static Figure figure(ArticleBlock block, List<TextRun> caption, List<ImageInfo> renditions) {
		ImageInfo original = renditions.stream()
			.filter((image) -> image.variantOf() == null)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No image " + block.getImageId()));
		String srcset = (renditions.size() < 2) ? ""
				: renditions.stream().map((image) -> image.url() + " " + image.width() + "w").collect(Collectors.joining(", "));
		return new Figure(original.url(), srcset, original.width(), original.height(), block.getLabel(),
				block.getCredit(), caption, original.isPlaceholder());
	}

}
