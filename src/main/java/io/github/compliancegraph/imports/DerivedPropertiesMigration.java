package io.github.compliancegraph.imports;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.mapping.NaturalOrder;
import io.github.compliancegraph.neo4j.CypherFiles;
import io.github.compliancegraph.neo4j.RowsMigration;
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
public class DerivedPropertiesMigration extends RowsMigration {

    DerivedPropertiesMigration(CypherFiles cypher) {
        super(cypher, "V0010__Clause_order_chapters_and_mapping_readings");
    }

    @Override
    protected void migrate(Session session) {
        // a clause without a ref has no sort key: a null the map must hold
        List<Map<String, Object>> clauses = read(session, "import/unsorted-clauses",
                r -> Collections.singletonMap("sortKey", NaturalOrder.key(string(r, "ref"))));
        if (clauses.isEmpty()) {
            // a new database: no clause, so no clause mapping either
            return;
        }
        writeInBatches(session, clauses, "clauses", "import/clause-sort-keys-set", "import/clause-chapters-set");
        session.executeWriteWithoutResult(tx -> {
            tx.run(cypher.get("import/clause-mappings-read-both-ways")).consume();
            tx.run(cypher.get("import/graph-version-bump")).consume();
        });
    }
}
