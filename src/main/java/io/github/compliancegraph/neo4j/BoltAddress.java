package io.github.compliancegraph.neo4j;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where a Bolt client on the user's machine, such as Neo4j Browser, reaches the graph: the embedded
 * connector, or the configured server, unless {@code compliance.browser.bolt-uri} says otherwise
 * (in docker-compose the app reaches {@code bolt://neo4j:7687}, the user's browser {@code bolt://localhost:7687}).
 */
@Component
public class BoltAddress {

    private final ObjectProvider<DatabaseManagementService> embedded;
    private final EmbeddedNeo4jProperties properties;
    private final Environment environment;

    BoltAddress(ObjectProvider<DatabaseManagementService> embedded, EmbeddedNeo4jProperties properties, Environment environment) {
        this.embedded = embedded;
        this.properties = properties;
        this.environment = environment;
    }

    public String uri() {
        String configured = environment.getProperty("compliance.browser.bolt-uri");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        DatabaseManagementService dbms = embedded.getIfAvailable();
        if (dbms == null) {
            return environment.getProperty("spring.neo4j.uri");
        }
        // a connector listening on every interface is still reached through localhost from here
        String host = properties.boltAddress().equals("0.0.0.0") ? "localhost" : properties.boltAddress();
        return "bolt://" + host + ":" + EmbeddedNeo4jConfiguration.boltPort(dbms);
    }

    /** Whether the graph is the in-process one, whose Bolt connector needs no credentials. */
    public boolean embedded() {
        return embedded.getIfAvailable() != null;
    }
}
