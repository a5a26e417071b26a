package io.github.compliancegraph.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import ac.simons.neo4j.migrations.core.MigrationContext;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import io.github.compliancegraph.neo4j.CypherFiles;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Component;

/**
 * Schema migration 0008: gives a database written before migration 0007 the folded copies of its
 * statements and requirements, as the importers now write them. In Java because Cypher cannot fold
 * accents; through the driver, so it runs on an external Neo4j server as on the embedded one, once
 * per database like every migration ({@code neo4j.GraphSchema} hands it to neo4j-migrations). On a
 * new database it finds nothing to fold.
 */
@Component
public class FoldedTextMigration implements JavaBasedMigration {

    private static final int BATCH = 2000;

    private final CypherFiles cypher;

    FoldedTextMigration(CypherFiles cypher) {
        this.cypher = cypher;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.parse("V0008__Fold_search_text");
    }

    @Override
    public void apply(MigrationContext context) {
        try (Session session = context.getSession()) {
            List<Map<String, Object>> controls = session.executeRead(tx -> tx.run(cypher.get("import/unfolded-controls")).list(r -> {
                var row = new HashMap<>(FoldedText.ofControl(string(r, "text"), string(r, "sectionTitle")));
                row.put("uid", r.get("uid").asString());
                return row;
            }));
            write(session, "import/folded-controls-set", "controls", controls);
            List<Map<String, Object>> clauses = session.executeRead(tx -> tx.run(cypher.get("import/unfolded-clauses")).list(r -> {
                // a catalog this project ships is English whatever its framework; one imported from a file is in the framework's language
                Language language = r.get("shipped").asBoolean() ? Language.ENGLISH : Language.ofCatalog(r.get("framework").asString());
                var row = new HashMap<>(FoldedText.ofClause(string(r, "ref"), string(r, "title"),
                        string(r, "text"), language));
                row.put("uid", r.get("uid").asString());
                return row;
            }));
            write(session, "import/folded-clauses-set", "clauses", clauses);
        }
    }

    private static String string(Record row, String column) {
        return row.get(column).isNull() ? null : row.get(column).asString();
    }

    private void write(Session session, String statement, String parameter, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            session.executeWrite(tx -> tx.run(cypher.get(statement), Map.of(parameter, batch)).consume());
        }
    }
}
