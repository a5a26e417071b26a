package io.github.compliancegraph.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import ac.simons.neo4j.migrations.core.MigrationContext;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import io.github.compliancegraph.mapping.NaturalOrder;
import io.github.compliancegraph.neo4j.CypherFiles;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Component;

/**
 * Schema migration 0010: gives a database written before it what the importers now write with each
 * clause and clause mapping, and traversals read rather than work out: each clause's sort key
 * ({@link NaturalOrder}, in Java as the importers compute it) and chapter, each mapping's relationship
 * and confidence read from both ends. The chapters and readings come from the very statements the
 * importers run ({@code import/clause-chapters-set}, {@code import/clause-mappings-read-both-ways}),
 * so each rule is written once. Ends by increasing the graph's version, since the mapping snapshot of
 * coverage reads these properties. On a new database it finds nothing to do and changes nothing.
 */
@Component
public class DerivedPropertiesMigration implements JavaBasedMigration {

    private static final int BATCH = 2000;

    private final CypherFiles cypher;

    DerivedPropertiesMigration(CypherFiles cypher) {
        this.cypher = cypher;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.parse("V0010__Clause_order_chapters_and_mapping_readings");
    }

    @Override
    public void apply(MigrationContext context) {
        try (Session session = context.getSession()) {
            List<Map<String, Object>> clauses = session.executeRead(tx -> tx.run(cypher.get("import/unsorted-clauses")).list(r -> {
                String ref = r.get("ref").isNull() ? null : r.get("ref").asString();
                var row = new HashMap<String, Object>();
                row.put("uid", r.get("uid").asString());
                row.put("sortKey", NaturalOrder.key(ref));
                return row;
            }));
            if (clauses.isEmpty()) {
                // a new database: no clause, so no clause mapping either
                return;
            }
            for (int from = 0; from < clauses.size(); from += BATCH) {
                Map<String, Object> batch = Map.of("clauses", clauses.subList(from, Math.min(clauses.size(), from + BATCH)));
                session.executeWriteWithoutResult(tx -> {
                    tx.run(cypher.get("import/clause-sort-keys-set"), batch).consume();
                    tx.run(cypher.get("import/clause-chapters-set"), batch).consume();
                });
            }
            session.executeWriteWithoutResult(tx -> {
                tx.run(cypher.get("import/clause-mappings-read-both-ways")).consume();
                tx.run(cypher.get("import/graph-version-bump")).consume();
            });
        }
    }
}
