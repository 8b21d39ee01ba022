package org.newsarchive.api;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Makes springdoc's beans, and the archive's description they serve, lazy: they are
 * made when {@code /api/openapi.json} or {@code /api/docs} is first asked for, not at
 * start-up, which no reader's page needs them for. Its controllers are still mapped at
 * start-up (the mapping needs their type only), and the few of its beans that other
 * beans inject (its Web MVC configurer) are still made then, by those.
 * <p>
 * Beans that act once every singleton is made are left eager, so that they still act.
 */
final class LazyApiDocumentation implements BeanFactoryPostProcessor {

	private static final String SPRINGDOC = "org.springdoc.";

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		for (String name : beanFactory.getBeanDefinitionNames()) {
			BeanDefinition definition = beanFactory.getBeanDefinition(name);
			if (isApiDocumentation(beanFactory, definition) && !actsOnceStarted(beanFactory, name)) {
				definition.setLazyInit(true);
			}
		}
	}

	/** springdoc's own beans, those of its configuration classes, and {@link ApiDocumentation}'s. */
	private static boolean isApiDocumentation(ConfigurableListableBeanFactory beanFactory, BeanDefinition definition) {
		String type = definition.getBeanClassName();
		if (definition.getFactoryBeanName() != null && beanFactory.containsBeanDefinition(definition.getFactoryBeanName())) {
			type = beanFactory.getBeanDefinition(definition.getFactoryBeanName()).getBeanClassName();
		}
		return type != null && (type.startsWith(SPRINGDOC) || type.equals(ApiDocumentation.class.getName()));
	}

	private static boolean actsOnceStarted(ConfigurableListableBeanFactory beanFactory, String name) {
		Class<?> type = beanFactory.getType(name, false);
		return type == null || SmartInitializingSingleton.class.isAssignableFrom(type);
	}

}
