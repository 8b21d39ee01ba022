package org.newsarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * What a parsed query looks for in one field: how many words, how many of them are to
 * be found rather than left out, and its prefixes. The parser asks every field for every
 * word with the same analyzer, so one field tells the cost of the query.
 */
final class QueryWords {

	private int words;

	private int wanted;

	private final List<Term> prefixes = new ArrayList<>();

	private QueryWords() {
	}

	static QueryWords of(Query query, String field) {
		QueryWords words = new QueryWords();
		query.visit(words.new Visitor(field, false));
		return words;
	}

	/** Every word asked for, those left out included, a phrase's one by one. */
	int words() {
		return this.words;
	}

	/** How many words are to be found rather than left out. */
	int wanted() {
		return this.wanted;
	}

	List<Term> prefixes() {
		return this.prefixes;
	}

	private final class Visitor extends QueryVisitor {

		private final String field;

		private final boolean excluded;

		Visitor(String field, boolean excluded) {
			this.field = field;
			this.excluded = excluded;
		}

		@Override
		public boolean acceptField(String field) {
			return this.field.equals(field);
		}

		@Override
		public void consumeTerms(Query query, Term... terms) {
			count(query, terms.length);
		}

		@Override
		public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
			count(query, 1);
		}

		@Override
		public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
			return (occur == BooleanClause.Occur.MUST_NOT) ? new Visitor(this.field, true) : this;
		}

		private void count(Query query, int terms) {
			QueryWords.this.words += terms;
			if (!this.excluded) {
				QueryWords.this.wanted += terms;
			}
			if (query instanceof PrefixQuery prefix) {
				QueryWords.this.prefixes.add(prefix.getPrefix());
			}
		}

	}

}
