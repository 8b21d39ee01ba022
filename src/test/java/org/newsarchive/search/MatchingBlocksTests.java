package org.newsarchive.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsarchive.schema.BlockKind;
import org.newsarchive.search.MatchingBlocks.Article;
import org.newsarchive.search.MatchingBlocks.Block;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blocks of a hit are scored from the offsets the index keeps, over the text the
 * database gives; a text the index was not made from is analysed again instead.
 */
class MatchingBlocksTests {

	static final List<Block> ARTICLE = List.of(new Block(1, "The pilots met the ships at dawn."),
			new Block(2, "A narwhal was seen off the breakwater, then a second narwhal."),
			new Block(3, "Photo of the harbour · Reuters · A pilot boat in fog"),
			new Block(4, "The narwhal count of the year is the highest since records began."),
			new Block(5, "Electricity for the harbour cranes came back at noon, and the electric ferries ran."));

	final ArchiveAnalyzer analyzer = new ArchiveAnalyzer();

	final MatchingBlocks matching = new MatchingBlocks(this.analyzer);

	Directory directory;

	DirectoryReader reader;

	@BeforeEach
	void index() throws IOException {
		this.directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(this.directory, new IndexWriterConfig(this.analyzer))) {
			IndexedArticle article = new IndexedArticle(1, "hash", "Harbour pilots", LocalDate.of(2023, 3, 3), 1, "News",
					"Daily");
			article.add(BlockKind.PARAGRAPH, "The pilots met the ships at dawn.", null, null);
			article.add(BlockKind.PARAGRAPH, "A narwhal was seen off the breakwater, then a second narwhal.", null,
					null);
			article.add(BlockKind.PHOTO, "Photo of the harbour", "Reuters", "A pilot boat in fog");
			article.add(BlockKind.PARAGRAPH, "The narwhal count of the year is the highest since records began.",
					null, null);
			article.add(BlockKind.PARAGRAPH,
					"Electricity for the harbour cranes came back at noon, and the electric ferries ran.", null, null);
			writer.addDocument(article.document());
		}
		this.reader = DirectoryReader.open(this.directory);
	}

	@AfterEach
	void close() throws IOException {
		this.reader.close();
		this.directory.close();
	}

	@Test
	void indexesTheBlocksWithTheirOffsets() {
		assertThat(this.reader.leaves().get(0).reader().getFieldInfos().fieldInfo(SearchIndex.BLOCKS).getIndexOptions())
			.isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "narwhal", "\"second narwhal\"", "electr*", "harbour", "fog", "pilot harbour",
			"narwhal -breakwater", "nothing" })
	void placesAHitFromTheIndexAsAnAnalysisOfItsTextWould(String words) throws IOException {
		MatchingBlocks.Placed fromIndex = placed(words, true, ARTICLE);
		MatchingBlocks.Placed analysed = placed(words, false, ARTICLE);

		assertThat(fromIndex).isEqualTo(analysed);
	}

	@Test
	void showsTheBestBlocksSentencesWithTheMostMatchesInTheirOrder() throws IOException {
		List<Block> article = List.of(new Block(1, "Nothing here."),
				new Block(2, "The narwhal came. Then it rained. A narwhal, and a narwhal calf! Fog & <mist> fell on the narwhal."));

		MatchingBlocks.Placed placed = placed("narwhal", false, article);

		assertThat(placed.snippet()).isEqualTo("The <mark>narwhal</mark> came. … A <mark>narwhal</mark>, and a "
				+ "<mark>narwhal</mark> calf!");
		assertThat(placed("mist", false, article).snippet()).isEqualTo("Fog &amp; &lt;<mark>mist</mark>&gt; fell on the narwhal.");
	}

	@Test
	void marksAPhraseAsOneMatch() throws IOException {
		assertThat(placed("\"second narwhal\"", true, ARTICLE).snippet())
			.isEqualTo("A narwhal was seen off the breakwater, then a <mark>second narwhal</mark>.");
	}

	@Test
	void ranksTheBlocksByHowWellTheyMatch() throws IOException {
		assertThat(positions("narwhal", true, ARTICLE)).containsExactly(2, 4);
		assertThat(positions("\"second narwhal\"", true, ARTICLE)).containsExactly(2);
		assertThat(positions("electr*", true, ARTICLE)).containsExactly(5);
		assertThat(positions("fog", true, ARTICLE)).containsExactly(3);
	}

	/** What the index says is where its offsets fall: a text it was not made from is analysed again. */
	@Test
	void analysesAgainATextTheIndexWasNotMadeFrom() throws IOException {
		List<Block> changed = List.of(new Block(1, "A narwhal came first."),
				new Block(2, "The pilots met the ships at dawn, and then the long day of the harbour began for all."));

		assertThat(positions("narwhal", false, changed)).containsExactly(1);
		// Read as if it were the indexed text, the index's offsets fall in the second block.
		assertThat(positions("narwhal", true, changed)).containsExactly(2);
	}

	/** A block that holds the separator itself, or markup, is still one block, its snippet as written. */
	@Test
	void keepsABlockThatHoldsTheSeparatorOrMarkupOneBlock() throws IOException {
		try (IndexWriter writer = new IndexWriter(this.directory, new IndexWriterConfig(this.analyzer))) {
			IndexedArticle article = new IndexedArticle(2, "hash", "Odd text", LocalDate.of(2023, 3, 4), 2, "News",
					"Daily");
			article.add(BlockKind.PARAGRAPH, "First \u2029 block, then <b>bold</b> & a walrus.", null, null);
			article.add(BlockKind.PARAGRAPH, "A walrus again, in the second.", null, null);
			writer.deleteAll();
			writer.addDocument(article.document());
		}
		this.reader.close();
		this.reader = DirectoryReader.open(this.directory);
		List<Block> blocks = List.of(new Block(1, "First \u2029 block, then <b>bold</b> & a walrus."),
				new Block(2, "A walrus again, in the second."));

		MatchingBlocks.Placed placed = placed("walrus", true, blocks);

		assertThat(placed).isEqualTo(placed("walrus", false, blocks));
		assertThat(placed.blocks()).extracting(Block::position).containsExactlyInAnyOrder(1, 2);
		// The separator ends a sentence, so the snippet is the sentence after it, as written.
		assertThat(placed("bold", true, blocks).snippet())
			.isEqualTo("block, then &lt;b&gt;<mark>bold</mark>&lt;&#x2F;b&gt; &amp; a walrus.");
	}

	private List<Integer> positions(String words, boolean indexed, List<Block> blocks) throws IOException {
		return placed(words, indexed, blocks).blocks().stream().map(Block::position).toList();
	}

	private MatchingBlocks.Placed placed(String words, boolean indexed, List<Block> blocks) throws IOException {
		Query query = new SimpleQueryParser(this.analyzer, Map.of(SearchIndex.BLOCKS, 1f)).parse(words);
		return this.matching.matches(new IndexSearcher(this.reader), query, List.of(new Article(0, blocks, indexed)))
			.get(0);
	}

}
