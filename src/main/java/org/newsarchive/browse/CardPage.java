package org.newsarchive.browse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.newsarchive.schema.SortKey;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * One page of a newest-first list of articles, with the cursors of the pages around it.
 *
 * @param newer the cursor for the newer page ({@code ?after=}), or null on the first page
 * @param older the cursor for the older page ({@code ?before=}), or null on the last
 */
public record CardPage(List<ArticleCard> cards, String newer, String older) {

	public static final int SIZE = 20;

	/**
	 * Reads one page of a list. Each read is asked for one more card than a page holds,
	 * to know whether another page follows.
	 * @param paging where the page starts
	 * @param older the list's cards strictly older than a sort key, newest first
	 * @param newer the list's cards strictly newer than a sort key, oldest first
	 */
	public static CardPage read(Paging paging, Read older, Read newer) {
		List<ArticleCard> cards = new ArrayList<>((paging.newer() ? newer : older).cards(paging.cursor().sortKey(),
				SIZE + 1));
		boolean more = cards.size() > SIZE;
		if (more) {
			cards.remove(SIZE);
		}
		if (paging.newer()) {
			Collections.reverse(cards);
		}
		if (cards.isEmpty()) {
			return new CardPage(List.of(), null, null);
		}
		boolean hasNewer = paging.newer() ? more : !paging.first();
		boolean hasOlder = !paging.newer() ? more : true;
		return new CardPage(List.copyOf(cards), hasNewer ? cards.get(0).cursor() : null,
				hasOlder ? cards.get(cards.size() - 1).cursor() : null);
	}

	public boolean isEmpty() {
		return this.cards.isEmpty();
	}

	/** One direction of a list: up to {@code limit} cards past a sort key. */
	@FunctionalInterface
	public interface Read {

		List<ArticleCard> cards(long sortKey, int limit);

	}

	/**
	 * Where a page starts: at the top of the list, before a cursor or after one.
	 *
	 * @param cursor the cursor the page starts from (the top of the list on the first page)
	 * @param newer whether the page holds the articles newer than the cursor
	 * @param first whether this is the list's first page
	 */
	public record Paging(Cursor cursor, boolean newer, boolean first) {

		/**
		 * Reads the paging of a request to a list whose top is the newest article.
		 * @throws ResponseStatusException (400) if a cursor is malformed
		 */
		public static Paging of(String before, String after) {
			try {
				return of(before, after, Cursor.of(SortKey.TOP));
			}
			catch (IllegalArgumentException ex) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Malformed page cursor");
			}
		}

		/**
		 * Reads the paging of a request.
		 * @param before the {@code before} parameter, or null
		 * @param after the {@code after} parameter, or null
		 * @param top the cursor above the list's newest article
		 * @throws IllegalArgumentException if a cursor is malformed
		 */
		public static Paging of(String before, String after, Cursor top) {
			if (before != null) {
				return new Paging(Cursor.parse(before), false, false);
			}
			if (after != null) {
				return new Paging(Cursor.parse(after), true, false);
			}
			return new Paging(top, false, true);
		}

	}

}
