package org.newsarchive.web;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.newsarchive.ArchiveProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web layer's shared parts: the page cache (declared here, so that MVC test slices,
 * which load the cache's filter, have it too) and the interceptor by which routes take
 * only the parameters they declare.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final DeclaredParameters declaredParameters;

	WebConfiguration(DeclaredParameters declaredParameters) {
		this.declaredParameters = declaredParameters;
	}

	/**
	 * The archive's clock, in UTC: what "today" is for the pages that say how old an
	 * article is or which day it is, and when the page cache lets such pages go. A bean,
	 * so that tests can fix the day.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	PageCache pageCache(ArchiveProperties properties, ObjectProvider<MeterRegistry> metrics, Clock clock) {
		return new PageCache(properties, metrics, clock);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.declaredParameters);
	}

}
