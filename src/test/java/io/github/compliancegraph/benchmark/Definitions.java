package io.github.compliancegraph.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.traversal.TraversalCatalog;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;

/**
 * Coverage and crosswalk three ways, for the choice the benchmark document records: the path
 * enumeration the API ran before (src/test/resources/enumerated), the Cypher definitions in
 * cypher/traversals (ALL SHORTEST path selection), each run through the driver as Neo4j Browser
 * would; the API's own answer from the mapping snapshot is measured beside them under the
 * "coverage" and "crosswalk" groups.
 */
final class Definitions {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Sampler FEW = new Sampler(1, Duration.ofSeconds(1), 1, 5, Duration.ofSeconds(5));

    private final Driver driver;
    private final TraversalCatalog catalog;
    private final boolean withEnumeration;

    Definitions(Driver driver, TraversalCatalog catalog, boolean withEnumeration) {
        this.driver = driver;
        this.catalog = catalog;
        this.withEnumeration = withEnumeration;
    }

    /** @param queries "traversal rest-of-name" to the parameters of the traversal's file */
    List<Measurement> measure(Map<String, Map<String, Object>> queries) throws IOException {
        var measured = new ArrayList<Measurement>();
        for (var query : queries.entrySet()) {
            String traversal = query.getKey().split(" ")[0];
            measured.add(FEW.measure("Cypher definition", query.getKey() + " (cypher/traversals, ALL SHORTEST)",
                    () -> run(catalog.find(traversal).orElseThrow().cypher(), query.getValue())));
            if (withEnumeration) {
                String enumerated = enumerated(traversal);
                measured.add(FEW.measure("path enumeration", query.getKey() + " (before issue 12)", () -> run(enumerated, query.getValue())));
            }
        }
        return measured;
    }

    private void run(String statement, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run(statement, parameters).list(), TransactionConfig.builder().withTimeout(TIMEOUT).build());
        }
    }

    private static String enumerated(String traversal) throws IOException {
        try (InputStream in = Definitions.class.getResourceAsStream("/enumerated/" + traversal + ".cypher")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
