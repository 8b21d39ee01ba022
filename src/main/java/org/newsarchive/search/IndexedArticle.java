package org.newsarchive.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.newsarchive.schema.BlockKind;
import org.newsarchive.schema.KeyPoints;

/**
 * The searchable text of one article, gathered block by block in order, and the index
 * document made of it: the headline and the key points in fields of their own, so that
 * a match there can weigh more than one in the text, every block in order in one field,
 * with its words' offsets, from which a hit is also placed, and the
 * {@link ArticleVersion} it was made from, so that an update finds what changed. Its day of
 * publication is a point (for a date range) and its sort key a doc value (for date order:
 * the key orders by day, then by id); its tags, people, year, section and publisher are
 * {@link Facet}s. The index is
 * kept across restarts: a change of these fields is a change of {@link SearchIndex#FORMAT}.
 */
final class IndexedArticle {

	/**
	 * The suggestions' fields: the spell checker reads their terms and how many articles
	 * hold each, so they keep no frequencies, positions or norms (a small part of the index).
	 */
	private static final FieldType TERMS_ONLY = termsOnly();

	/** The blocks' field: searched as text is, and its words keep their offsets, from which a hit is placed. */
	private static final FieldType WITH_OFFSETS = withOffsets();

	private final long id;

	private final String importSha256;

	private final String headline;

	private final LocalDate published;

	private final long sortKey;

	private final String section;

	private final String publisher;

	private final List<String> tags = new ArrayList<>();

	private final List<String> people = new ArrayList<>();

	private final StringBuilder names = new StringBuilder();

	private final StringBuilder keyPoints = new StringBuilder();

	private final StringBuilder blocks = new StringBuilder();

	private final KeyPoints keyPointRule = new KeyPoints();

	IndexedArticle(long id, String importSha256, String headline, LocalDate published, long sortKey, String section,
			String publisher) {
		this.id = id;
		this.importSha256 = importSha256;
		this.headline = headline;
		this.published = published;
		this.sortKey = sortKey;
		this.section = section;
		this.publisher = publisher;
	}

	void tag(String slug) {
		this.tags.add(slug);
	}

	void person(String slug) {
		this.people.add(slug);
	}

	/** A name or alias of one of the article's people, as the registry writes it. */
	void name(String name) {
		this.names.append(name).append('\n');
	}

	long id() {
		return this.id;
	}

	/**
	 * Adds the next block of the article, as search places hits in it (a photo's caption,
	 * label and credit); a key point also to the key points' field.
	 */
	void add(BlockKind kind, String text, String label, String credit) {
		MatchingBlocks.append(this.blocks, MatchingBlocks.Block.words(text, label, credit));
		if (this.keyPointRule.isKeyPoint(kind)) {
			this.keyPoints.append(text).append('\n');
		}
	}

	private static FieldType termsOnly() {
		FieldType type = new FieldType();
		type.setTokenized(true);
		type.setIndexOptions(IndexOptions.DOCS);
		type.setOmitNorms(true);
		type.freeze();
		return type;
	}

	private static FieldType withOffsets() {
		FieldType type = new FieldType();
		type.setTokenized(true);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	Document document() throws IOException {
		Document document = new Document();
		document.add(new StoredField(SearchIndex.ID, this.id));
		document.add(new StringField(SearchIndex.VERSION, new ArticleVersion(this.id, this.importSha256).text(),
				Field.Store.YES));
		document.add(new TextField(SearchIndex.HEADLINE, this.headline, Field.Store.NO));
		document.add(new TextField(SearchIndex.KEY_POINTS, this.keyPoints.toString(), Field.Store.NO));
		document.add(new Field(SearchIndex.BLOCKS, this.blocks.toString(), WITH_OFFSETS));
		String words = String.join("\n", this.headline, this.blocks);
		document.add(new Field(SearchIndex.WORDS, words, TERMS_ONLY));
		document.add(new Field(SearchIndex.NAMES, this.names.toString(), TERMS_ONLY));
		document.add(new LongPoint(SearchIndex.DAY, this.published.toEpochDay()));
		document.add(new NumericDocValuesField(SearchIndex.SORT_KEY, this.sortKey));
		Facet.YEAR.add(document, String.valueOf(this.published.getYear()));
		Facet.SECTION.add(document, this.section);
		Facet.PUBLISHER.add(document, this.publisher);
		this.tags.forEach((tag) -> Facet.TAG.add(document, tag));
		this.people.forEach((person) -> Facet.PERSON.add(document, person));
		return Facet.CONFIG.build(document);
	}

}
