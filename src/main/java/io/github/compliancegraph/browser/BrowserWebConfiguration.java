package io.github.compliancegraph.browser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves Neo4j Browser from its jar at {@code /browser/}, and lets it fetch our guide from any local origin. */
@Configuration(proxyBeanMethods = false)
class BrowserWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/browser", "/browser/");
        registry.addViewController("/browser/").setViewName("forward:/browser/index.html");
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        // Browser opened as http://127.0.0.1 fetches the guide from http://localhost: another origin
        registry.addMapping("/guide/**").allowedOrigins("*").allowedMethods("GET");
    }
}
