package io.github.compliancegraph.neo4j;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Neo4j Browser, in the user's browser, is told to connect ({@code compliance.browser}).
 *
 * @param boltUri the Bolt address to give Browser; unset: the embedded connector, or {@code spring.neo4j.uri}
 */
@ConfigurationProperties("compliance.browser")
public record BrowserBolt(String boltUri) {
}
