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
 * @param boltAuth     whether Bolt clients must log in (as user neo4j, with {@code boltPassword})
 * @param boltPassword the neo4j user's password when {@code boltAuth} is on; no default
 */
@ConfigurationProperties("compliance.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("data/neo4j") Path home,
        @DefaultValue("localhost") String boltAddress,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("256m") String pageCache,
        @DefaultValue("60s") Duration transactionTimeout,
        @DefaultValue("false") boolean boltAuth,
        String boltPassword) {

    static final String BOLT_USER = "neo4j";
    /** Neo4j's own minimum (dbms.security.auth_minimum_password_length). */
    static final int MIN_PASSWORD_LENGTH = 8;

    public EmbeddedNeo4jProperties {
        if (boltAuth && (boltPassword == null || boltPassword.length() < MIN_PASSWORD_LENGTH)) {
            throw new IllegalArgumentException("compliance.embedded.bolt-auth=true needs compliance.embedded.bolt-password "
                    + "(environment COMPLIANCE_EMBEDDED_BOLT_PASSWORD) of at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }
}
