package org.newsarchive.search;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsarchive.web.Links;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Turns to search, {@link SearchLimits#concurrentSearches()} at a time: a search request
 * holds its turn from the query to the last byte of its page, refusals included, so a
 * crowd of searches waits here rather than taking every core from the cached pages. A
 * request that gets no turn in {@link SearchLimits#waitForTurn()} is answered "busy".
 */
@Component
public class SearchTurns implements HandlerInterceptor, WebMvcConfigurer {

	private static final String HELD = SearchTurns.class.getName() + ".held";

	private final SearchLimits limits;

	private final Semaphore turns;

	SearchTurns() {
		this(SearchLimits.DEFAULT);
	}

	SearchTurns(SearchLimits limits) {
		this.limits = limits;
		this.turns = new Semaphore(limits.concurrentSearches(), true);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns(Links.SEARCH, Links.SEARCH_FEED, Links.API_SEARCH);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws InterruptedException {
		if (this.turns.tryAcquire(this.limits.waitForTurn().toMillis(), TimeUnit.MILLISECONDS)) {
			request.setAttribute(HELD, Boolean.TRUE);
		}
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (held(request)) {
			request.removeAttribute(HELD);
			this.turns.release();
		}
	}

	/** Whether this request holds a turn: else its answer is {@link SearchResults.Outcome#BUSY}. */
	public boolean held(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(HELD));
	}

}
