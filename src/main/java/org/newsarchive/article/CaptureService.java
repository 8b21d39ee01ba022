package org.newsarchive.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.newsarchive.schema.CaptureDate;
import org.newsarchive.schema.OriginalUrlKey;
import org.newsarchive.web.Links;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The captures of articles over time: an original URL's timeline, an earlier capture's
 * page, source and short link, and the comparison of two captures. The newest capture
 * is the article, at its permalink; each earlier one lives below it, at
 * {@code /captures/{yyyyMMddHHmmss}}.
 */
@Service
@Transactional(readOnly = true)
public class CaptureService {

	private final ArticleRepository articles;

	private final CaptureRepository captures;

	private final ArticleService articleService;

	CaptureService(ArticleRepository articles, CaptureRepository captures, ArticleService articleService) {
		this.articles = articles;
		this.captures = captures;
		this.articleService = articleService;
	}

	/**
	 * Every capture of an original URL, however it is spelt (see {@link OriginalUrlKey}).
	 * @throws IllegalArgumentException if it is no http(s) URL
	 */
	public Optional<Timeline> timelineOf(String originalUrl) {
		return this.articles.findByOriginalKey(OriginalUrlKey.of(originalUrl)).map(this::timeline);
	}

	/** Every capture of the article's original URL: one statement beyond the article. */
	public Timeline timeline(ArticleView article) {
		return timeline(article.id(), article.archived(), article.published(), article.slug(), article.originalUrl());
	}

	private Timeline timeline(Article article) {
		return timeline(article.getId(), article.archived(), article.getPublished(), article.getSlug(),
				article.getOriginalUrl());
	}

	private Timeline timeline(long id, CaptureDate archived, LocalDate published, String slug, String originalUrl) {
		List<Memento> mementos = new ArrayList<>();
		mementos.add(new Memento(id, archived, Links.article(published, slug), true));
		for (DatedCapture capture : this.captures.findDatedByOriginalKey(OriginalUrlKey.of(originalUrl))) {
			CaptureDate date = CaptureDate.parse(capture.archived());
			mementos.add(new Memento(capture.id(), date, Links.capture(published, slug, date.timestamp()), false));
		}
		return new Timeline(originalUrl, mementos);
	}

	/** The timeline of the article at a permalink, without its body. */
	Optional<Timeline> timelineAt(LocalDate published, String slug) {
		return this.articles.findPlainByPermalink(published, slug).map(this::timeline);
	}

	/** The page of an earlier capture: the article at the permalink, its capture with that timestamp. */
	Optional<CaptureView> capture(LocalDate published, String slug, String timestamp) {
		return timelineAt(published, slug).flatMap((timeline) -> timeline.at(timestamp)
			.filter((memento) -> !memento.newest())
			.flatMap((memento) -> this.captures.findWithBodyById(memento.id())
				.map((capture) -> view(capture, memento, timeline))));
	}

	private CaptureView view(Capture capture, Memento memento, Timeline timeline) {
		return new CaptureView(capture.getId(), capture.getHeadline(), capture.getPublished(), capture.getPublisher(),
				capture.getOriginalUrl(), capture.getSection(), capture.getSourceSha256(), memento,
				this.articleService.body(capture.getBlocks(), List.of()), timeline);
	}

	/** An earlier capture's source text, byte for byte. */
	Optional<ArchivedSource> sourceOf(LocalDate published, String slug, String timestamp) {
		return timelineAt(published, slug).flatMap((timeline) -> timeline.at(timestamp))
			.filter((memento) -> !memento.newest())
			.flatMap((memento) -> this.captures.findSource(memento.id()));
	}

	/** Two captures of the article at a permalink, block by block, the earlier named first. */
	Optional<Comparison> compare(LocalDate published, String slug, String from, String to) {
		Optional<Timeline> timeline = timelineAt(published, slug);
		Optional<Memento> before = timeline.flatMap((t) -> t.at(from));
		Optional<Memento> after = timeline.flatMap((t) -> t.at(to));
		if (before.isEmpty() || after.isEmpty() || before.get().equals(after.get())) {
			return Optional.empty();
		}
		return Optional.of(Comparison.of(timeline.get(), before.get(), blocksOf(before.get()), after.get(),
				blocksOf(after.get())));
	}

	private List<ArticleBlock> blocksOf(Memento memento) {
		if (memento.newest()) {
			return this.articles.findWithBodyById(memento.id()).map(Article::getBlocks).orElseThrow();
		}
		return this.captures.findWithBodyById(memento.id()).map(Capture::getBlocks).orElseThrow();
	}

}
