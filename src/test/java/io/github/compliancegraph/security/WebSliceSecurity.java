package io.github.compliancegraph.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The app's access rules in a {@code @WebMvcTest} slice, which picks up controllers, advices and
 * filters but no {@code @Configuration} and no {@code @ConfigurationProperties}: without it, a slice would run behind Spring Boot's default
 * security (HTTP Basic on everything, a generated password), not ours.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(AccessConfiguration.class)
@EnableConfigurationProperties(AccessProperties.class)
public class WebSliceSecurity {
}
