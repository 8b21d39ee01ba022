package org.newsarchive.person;

import java.util.List;

import org.newsarchive.browse.MentioningPage;

/**
 * A person's page, as its HTML page and its API both answer it: the person, a page of
 * their articles and, on the first page only, their newest photos and quotes.
 */
public record PersonPage(PersonView person, MentioningPage articles, List<PhotoView> photos, List<QuoteView> quotes) {
}
