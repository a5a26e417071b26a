package io.github.compliancegraph.neo4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import ac.simons.neo4j.migrations.core.MigrationContext;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * A schema migration that Cypher alone cannot write: it reads rows with one statement of
 * {@code cypher/import}, completes them in Java (folded text, sort keys: the rules the importers
 * apply) and writes them back in batches, each batch one transaction, so a large database never
 * holds a whole migration in one. {@link GraphSchema} runs it in its place in the version order.
 */
public abstract class RowsMigration implements JavaBasedMigration {

    private static final int BATCH = 2000;

    protected final CypherFiles cypher;
    private final MigrationVersion version;

    /** @param version the migration's version and description, as neo4j-migrations names it ("V0008__Fold_search_text") */
    protected RowsMigration(CypherFiles cypher, String version) {
        this.cypher = cypher;
        this.version = MigrationVersion.parse(version);
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final void apply(MigrationContext context) {
        try (Session session = context.getSession()) {
            migrate(session);
        }
    }

    /** The migration, in the session neo4j-migrations gives it (on the database being migrated). */
    protected abstract void migrate(Session session);

    /**
     * The rows of a statement that takes no parameter and returns a {@code uid} column: each row the node's
     * uid with the properties Java computes from the row, the parameters of one written row.
     */
    protected List<Map<String, Object>> read(Session session, String statement, Function<Record, Map<String, Object>> computed) {
        return session.executeRead(tx -> tx.run(cypher.get(statement)).list(r -> {
            var row = new HashMap<String, Object>(computed.apply(r));
            row.put("uid", r.get("uid").asString());
            return row;
        }));
    }

    /** Runs each statement, in order, on each batch of the rows, given as the named list parameter. */
    protected void writeInBatches(Session session, List<Map<String, Object>> rows, String parameter, String... statements) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            Map<String, Object> batch = Map.of(parameter, rows.subList(from, Math.min(rows.size(), from + BATCH)));
            session.executeWriteWithoutResult(tx -> {
                for (String statement : statements) {
                    tx.run(cypher.get(statement), batch).consume();
                }
            });
        }
    }

    /** A column that may be null, as a string. */
    protected static String string(Record row, String column) {
        return row.get(column).isNull() ? null : row.get(column).asString();
    }
}
