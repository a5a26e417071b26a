package io.github.compliancegraph.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.github.compliancegraph.neo4j.CypherFiles;
import org.neo4j.driver.Driver;

/**
 * Writes generated rows with a statement of {@code cypher/}, in batches of {@value #BATCH} rows per
 * transaction (one UNWIND each), reporting progress as it goes.
 */
final class BatchWriter {

    static final int BATCH = 5_000;

    private final Driver driver;
    private final CypherFiles cypher;
    private final Consumer<String> progress;

    BatchWriter(Driver driver, CypherFiles cypher, Consumer<String> progress) {
        this.driver = driver;
        this.cypher = cypher;
        this.progress = progress;
    }

    /** Runs {@code statement} once per batch, the batch as {@code $rowsParameter}, plus the fixed parameters. */
    void write(String statement, String rowsParameter, List<Map<String, Object>> rows, Map<String, Object> fixed) {
        String text = cypher.get(statement);
        long started = System.nanoTime();
        try (var session = driver.session()) {
            for (int from = 0; from < rows.size(); from += BATCH) {
                var parameters = new HashMap<>(fixed);
                parameters.put(rowsParameter, rows.subList(from, Math.min(rows.size(), from + BATCH)));
                session.executeWriteWithoutResult(tx -> tx.run(text, parameters).consume());
            }
        }
        if (rows.size() >= BATCH) {
            progress.accept(String.format("  %s: %,d rows in %.1f s", statement, rows.size(), (System.nanoTime() - started) / 1e9));
        }
    }

    void write(String statement, String rowsParameter, List<Map<String, Object>> rows) {
        write(statement, rowsParameter, rows, Map.of());
    }

    /** A statement without parameters, in its own transaction. */
    void run(String statement) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher.get(statement)).consume());
        }
    }

    List<Map<String, Object>> read(String statement) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get(statement)).list(r -> r.asMap()));
        }
    }
}
