package io.github.compliancegraph.neo4j;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.neo4j.Neo4jProperties;
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
    private final BrowserBolt browser;
    private final ObjectProvider<Neo4jProperties> server;

    BoltAddress(ObjectProvider<DatabaseManagementService> embedded, EmbeddedNeo4jProperties properties, BrowserBolt browser,
            ObjectProvider<Neo4jProperties> server) {
        this.embedded = embedded;
        this.properties = properties;
        this.browser = browser;
        this.server = server;
    }

    public String uri() {
        if (browser.boltUri() != null && !browser.boltUri().isBlank()) {
            return browser.boltUri();
        }
        DatabaseManagementService dbms = embedded.getIfAvailable();
        if (dbms == null) {
            Neo4jProperties configured = server.getIfAvailable();
            return configured == null || configured.getUri() == null ? null : configured.getUri().toString();
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
