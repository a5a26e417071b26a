package io.github.compliancegraph;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives each {@link IsolatedGraph} name a context of its own: Spring caches test contexts by their
 * configuration, customizers included, so a customizer equal only to the same name's keeps the
 * graphs apart (registered in {@code META-INF/spring.factories}).
 */
class IsolatedGraphs implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        var isolated = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY).get(IsolatedGraph.class);
        return isolated.isPresent() ? new Graph(isolated.getString("value")) : null;
    }

    /** The graph's name; equal customizers (the same name) share a context. */
    private record Graph(String name) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            // nothing to change: being a different key is the point
        }
    }
}
