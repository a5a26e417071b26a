package io.github.compliancegraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.github.compliancegraph.ComplianceGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * With {@code spring.neo4j.uri} set, the app uses that server and starts no database of its own:
 * the way users move to a Neo4j server or cluster. The "server" here is a separately started Neo4j
 * with its own Bolt port and data directory.
 */
class ExternalNeo4jTest {

    @TempDir
    Path serverHome;
    @TempDir
    Path unusedEmbeddedHome;

    @Test
    void appUsesTheConfiguredServerAndStartsNoEmbeddedDatabase() {
        DatabaseManagementService server = new DatabaseManagementServiceBuilder(serverHome)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", 0))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .build();
        try {
            int port = EmbeddedNeo4jConfiguration.boltPort(server);
            try (var app = new SpringApplicationBuilder(ComplianceGraphApplication.class).run(
                    "--spring.neo4j.uri=bolt://localhost:" + port,
                    "--compliance.embedded.home=" + unusedEmbeddedHome.resolve("db"),
                    "--server.port=0")) {
                assertThat(app.getBeansOfType(DatabaseManagementService.class)).isEmpty();
                assertThat(unusedEmbeddedHome.resolve("db")).doesNotExist();
            }
            try (var tx = server.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).beginTx()) {
                long controls = (long) tx.execute("MATCH (c:Control) RETURN count(c) AS n").next().get("n");
                assertThat(controls).as("the bundled documents were imported into the server").isEqualTo(354);
            }
        } finally {
            server.shutdown();
        }
    }
}
