package org.newsarchive.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.newsarchive.schema.BlockKind;
import org.newsarchive.web.Links;

/**
 * What changed between two captures of an article, block by block (java-diff-utils'
 * Myers diff over the blocks), and within a changed block, word by word: runs of
 * unchanged blocks, and blocks changed, inserted or deleted.
 *
 * @param before the earlier capture compared
 * @param after the later one
 * @param rows the comparison in the order of the blocks
 */
public record Comparison(Timeline timeline, Memento before, Memento after, List<Row> rows) {

	/** Words and the spaces between them, each a token of their own. */
	private static final Pattern WORDS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

	static Comparison of(Timeline timeline, Memento before, List<ArticleBlock> beforeBlocks, Memento after,
			List<ArticleBlock> afterBlocks) {
		List<ArticleBlock> source = beforeBlocks;
		Patch<ArticleBlock> patch = DiffUtils.diff(source, afterBlocks, Comparison::same);
		List<Row> rows = new ArrayList<>();
		int i = 0;
		for (AbstractDelta<ArticleBlock> delta : patch.getDeltas()) {
			int unchanged = delta.getSource().getPosition() - i;
			if (unchanged > 0) {
				rows.add(Row.unchanged(source.get(i), source.get(i + unchanged - 1)));
				i += unchanged;
			}
			List<ArticleBlock> removed = delta.getSource().getLines();
			List<ArticleBlock> added = delta.getTarget().getLines();
			int paired = Math.min(removed.size(), added.size());
			for (int k = 0; k < paired; k++) {
				rows.add(Row.changed(removed.get(k), added.get(k)));
			}
			for (int k = paired; k < removed.size(); k++) {
				rows.add(Row.deleted(removed.get(k)));
			}
			for (int k = paired; k < added.size(); k++) {
				rows.add(Row.inserted(added.get(k)));
			}
			i += removed.size();
		}
		if (i < source.size()) {
			rows.add(Row.unchanged(source.get(i), source.get(source.size() - 1)));
		}
		return new Comparison(timeline, before, after, List.copyOf(rows));
	}

	/** Whether two blocks say the same: kind, text, and a photo's label and credit. */
	private static boolean same(ArticleBlock a, ArticleBlock b) {
		return a.getKind() == b.getKind() && a.getText().equals(b.getText()) && Objects.equals(a.getLabel(), b.getLabel())
				&& Objects.equals(a.getCredit(), b.getCredit());
	}

	public long changed() {
		return count(Row.Kind.CHANGED);
	}

	public long inserted() {
		return count(Row.Kind.INSERTED);
	}

	public long deleted() {
		return count(Row.Kind.DELETED);
	}

	private long count(Row.Kind kind) {
		return this.rows.stream().filter((row) -> row.kind() == kind).count();
	}

	/**
	 * One row of a comparison.
	 *
	 * @param kind what happened to the block
	 * @param beforeAnchor the block's anchor on the earlier capture's page, or null
	 * @param afterAnchor its anchor on the later capture's page, or null
	 * @param what the kind of block, as readers say it: paragraph, subheading, list item, photo
	 * @param removed the earlier text, word by word, the words taken out marked
	 * @param added the later text, word by word, the words put in marked
	 * @param range for unchanged blocks, which: "p1–p4"
	 */
	public record Row(Kind kind, String beforeAnchor, String afterAnchor, String what, List<Piece> removed,
			List<Piece> added, String range) {

		public enum Kind {

			UNCHANGED, CHANGED, INSERTED, DELETED;

			/** As the page's classes and labels say it. */
			public String label() {
				return name().toLowerCase(Locale.ROOT);
			}

		}

		static Row unchanged(ArticleBlock first, ArticleBlock last) {
			String range = (first == last) ? anchor(first) : anchor(first) + "–" + anchor(last);
			return new Row(Kind.UNCHANGED, null, null, null, List.of(), List.of(), range);
		}

		static Row changed(ArticleBlock before, ArticleBlock after) {
			List<String> from = words(text(before));
			List<String> to = words(text(after));
			Patch<String> patch = DiffUtils.diff(from, to);
			List<Piece> removed = new ArrayList<>();
			List<Piece> added = new ArrayList<>();
			int i = 0;
			int j = 0;
			for (AbstractDelta<String> delta : patch.getDeltas()) {
				while (i < delta.getSource().getPosition()) {
					removed.add(new Piece(from.get(i++), false));
					added.add(new Piece(to.get(j++), false));
				}
				delta.getSource().getLines().forEach((word) -> removed.add(new Piece(word, true)));
				delta.getTarget().getLines().forEach((word) -> added.add(new Piece(word, true)));
				i += delta.getSource().size();
				j += delta.getTarget().size();
			}
			while (i < from.size()) {
				removed.add(new Piece(from.get(i++), false));
				added.add(new Piece(to.get(j++), false));
			}
			return new Row(Kind.CHANGED, anchor(before), anchor(after), what(after), Piece.joined(removed),
					Piece.joined(added), null);
		}

		static Row deleted(ArticleBlock before) {
			return new Row(Kind.DELETED, anchor(before), null, what(before), List.of(new Piece(text(before), true)),
					List.of(), null);
		}

		static Row inserted(ArticleBlock after) {
			return new Row(Kind.INSERTED, null, anchor(after), what(after), List.of(),
					List.of(new Piece(text(after), true)), null);
		}

		/** What a reader compares of a block: its text; a photo's label, credit and caption. */
		private static String text(ArticleBlock block) {
			if (block.getKind() == BlockKind.PHOTO) {
				return block.getLabel() + " · " + block.getCredit() + " · " + block.getText();
			}
			return block.getText();
		}

		private static String what(ArticleBlock block) {
			return switch (block.getKind()) {
				case PARAGRAPH -> "paragraph";
				case SUBHEADING -> "subheading";
				case BULLET -> "list item";
				case PHOTO -> "photo";
			};
		}

		private static String anchor(ArticleBlock block) {
			return Links.anchor(block.getPosition());
		}

		private static List<String> words(String text) {
			return List.of(WORDS.split(text, -1));
		}

	}

	/**
	 * A run of a block's text, as it was or as it became.
	 *
	 * @param changed whether the run was taken out (of the earlier text) or put in (the later)
	 */
	public record Piece(String text, boolean changed) {

		/**
		 * The pieces with neighbours of the same kind joined into one run; a space between
		 * two changed words is taken as changed with them ("Russian media", not "Russian"
		 * and "media").
		 */
		static List<Piece> joined(List<Piece> pieces) {
			List<Piece> runs = new ArrayList<>();
			StringBuilder run = new StringBuilder();
			Boolean changed = null;
			for (int i = 0; i < pieces.size(); i++) {
				Piece piece = pieces.get(i);
				if (!piece.changed() && piece.text().isBlank() && i > 0 && i + 1 < pieces.size()
						&& pieces.get(i - 1).changed() && pieces.get(i + 1).changed()) {
					piece = new Piece(piece.text(), true);
				}
				if (changed != null && changed != piece.changed()) {
					runs.add(new Piece(run.toString(), changed));
					run.setLength(0);
				}
				changed = piece.changed();
				run.append(piece.text());
			}
			if (changed != null) {
				runs.add(new Piece(run.toString(), changed));
			}
			return List.copyOf(runs);
		}

	}

}
