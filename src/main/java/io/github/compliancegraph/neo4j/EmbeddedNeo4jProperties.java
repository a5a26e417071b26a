package io.github.compliancegraph.neo4j;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j started when no {@code spring.neo4j.uri} is configured.
 *
 * @param home         database directory
 * @param boltAddress  interface the Bolt connector listens on; localhost keeps it private to this machine
 * @param boltPort     Bolt port; 0 picks a free one (used by tests)
 * @param pageCache    page-cache size in Neo4j notation
 * @param transactionTimeout upper bound for any transaction, so a runaway query cannot stall the app
 */
@ConfigurationProperties("compliance.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("data/neo4j") Path home,
        @DefaultValue("localhost") String boltAddress,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("256m") String pageCache,
        @DefaultValue("60s") Duration transactionTimeout) {
}
