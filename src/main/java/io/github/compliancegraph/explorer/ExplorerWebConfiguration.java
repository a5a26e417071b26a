package io.github.compliancegraph.explorer;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** How the explorer's pages are served. */
@Configuration(proxyBeanMethods = false)
class ExplorerWebConfiguration {

    /**
     * Leaves page links as the templates write them. Spring Boot's Thymeleaf support adds this filter
     * when a resource chain (here the WebJars locator) is on, to rewrite links to static resources;
     * the pages load theirs by plain paths (the locator resolves WebJars versions when they are
     * served), so the filter only looked every {@code th:href} up on the class path: the framework
     * page of NIST SP 800-53 rev 5, with 1,189 gap links, took seconds. A registration of our own,
     * disabled, keeps Boot from registering it.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
