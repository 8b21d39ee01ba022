package org.newsarchive.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the web layer's interceptor: routes take only the parameters they declare. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final DeclaredParameters declaredParameters;

	WebConfiguration(DeclaredParameters declaredParameters) {
		this.declaredParameters = declaredParameters;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.declaredParameters);
	}

}
