package io.github.compliancegraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.ComplianceGraphApplication;
import io.github.compliancegraph.SystemTest;
import io.github.compliancegraph.coverage.ClauseCoverage;
import io.github.compliancegraph.coverage.Coverage;
import io.github.compliancegraph.imports.Importers;
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
@SystemTest
class ExternalNeo4jTest {

    @TempDir
    Path serverHome;
    @TempDir
    Path unusedEmbeddedHome;

    /** A Neo4j of its own, as a server would be: its data directory, Bolt on a free port. */
    private DatabaseManagementService startServer() {
        return new DatabaseManagementServiceBuilder(serverHome)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", 0))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .build();
    }

    @Test
    void appUsesTheConfiguredServerAndStartsNoEmbeddedDatabase() {
        DatabaseManagementService server = startServer();
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
    /**
     * Two app instances on one server: what one imports, the other's coverage shows at once (its
     * mapping snapshot is checked against the graph's version on every read), and so does a change
     * made straight in the database once committed, never before.
     */
    @Test
    void twoInstancesOnOneServerAnswerFromTheGraphAsItIsNow() {
        DatabaseManagementService server = startServer();
        try {
            String uri = "--spring.neo4j.uri=bolt://localhost:" + EmbeddedNeo4jConfiguration.boltPort(server);
            try (var importing = new SpringApplicationBuilder(ComplianceGraphApplication.class).run(uri, "--server.port=0");
                 var reading = new SpringApplicationBuilder(ComplianceGraphApplication.class).run(uri, "--server.port=0",
                         "--compliance.imports.on-start=never")) {
                Coverage coverage = reading.getBean(Coverage.class);
                List<ClauseCoverage> gaps = coverage.report("iso27001-2013", Map.of("status", "gap")).clauses();
                String cited = "secnumcloud-3.2:10.5.c";
                String first = gaps.get(0).clause();
                String second = gaps.get(1).clause();

                importing.getBean(Importers.class).importFile("csv-mappings", "one.csv",
                        ("source,target,relationship\n" + first + "," + cited + ",subset-of\n").getBytes(StandardCharsets.UTF_8),
                        Map.of("mapping-set", "one-more"));
                assertThat(statusOf(coverage, first)).as("imported by the other instance").isEqualTo("mapped");

                var database = server.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
                try (var tx = database.beginTx()) {
                    tx.execute("MATCH (a:Clause {uid: $a}), (b:Clause {uid: $b}) CREATE (a)-[:MAPS_TO {relationship: 'equal', source: 'by-hand'}]->(b)",
                            Map.of("a", second, "b", cited));
                    // as the README asks of a mapping added by hand: read from both ends
                    tx.execute(reading.getBean(CypherFiles.class).get("import/clause-mappings-read-both-ways"));
                    assertThat(statusOf(coverage, second)).as("written but not committed").isEqualTo("gap");
                    tx.commit();
                }
                assertThat(statusOf(coverage, second)).as("committed straight in the database").isEqualTo("mapped");
            }
        } finally {
            server.shutdown();
        }
    }

    private static String statusOf(Coverage coverage, String clause) {
        return coverage.report("iso27001-2013", Map.of()).clauses().stream().filter(c -> c.clause().equals(clause))
                .findFirst().orElseThrow().status();
    }
}
