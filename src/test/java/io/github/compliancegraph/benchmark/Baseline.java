package io.github.compliancegraph.benchmark;

import java.time.Duration;
import java.util.Map;

import io.github.compliancegraph.neo4j.CypherFiles;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * The OpenCRE-style gap analysis ({@code cypher/benchmark/baseline-all-shortest-paths.cypher}) on the
 * same database, once per pair, stopped by a transaction timeout: past it the bound is reported.
 */
final class Baseline {

    private final Driver driver;
    private final String statement;
    private final Duration bound;

    Baseline(Driver driver, CypherFiles cypher, Duration bound) {
        this.driver = driver;
        this.statement = cypher.get("benchmark/baseline-all-shortest-paths");
        this.bound = bound;
    }

    BenchmarkResults.BaselineFigure run(String from, String to, double crosswalkP50Ms) {
        var config = TransactionConfig.builder().withTimeout(bound).build();
        long started = System.nanoTime();
        long paths = -1;
        boolean boundHit = false;
        try (var session = driver.session()) {
            paths = session.executeRead(tx -> tx.run(statement, Map.of("from", from, "to", to)).single().get("paths").asLong(), config);
        } catch (TransientException | ClientException e) {
            if (!isTimeout(e)) {
                throw e;
            }
            boundHit = true;
        }
        double ms = boundHit ? bound.toMillis() : (System.nanoTime() - started) / 1e6;
        return new BenchmarkResults.BaselineFigure(from, to, crosswalkP50Ms, ms, boundHit, paths, crosswalkP50Ms / ms);
    }

    /** Neo4j reports a transaction stopped by its timeout under these codes. */
    private static boolean isTimeout(RuntimeException e) {
        String code = e instanceof TransientException t ? t.code() : ((ClientException) e).code();
        return code.contains("TransactionTimedOut") || code.contains("Terminated");
    }
}
