package org.newsarchive.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets TRACE reach the archive's filters, which refuse it like every method that is not
 * a read; Tomcat would otherwise refuse it itself, naming methods the archive never
 * allows.
 */
@Component
class ReadOnlyTomcat implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers((connector) -> connector.setAllowTrace(true));
	}

}
