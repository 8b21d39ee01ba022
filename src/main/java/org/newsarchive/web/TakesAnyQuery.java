package org.newsarchive.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose query is not parameters but part of what its path names: the
 * Memento endpoints, whose path ends with an original URL, and its query with that URL's
 * own ({@code /timegate/https://example.org/story?id=1}). {@link DeclaredParameters}
 * leaves their query as it is.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TakesAnyQuery {

}
