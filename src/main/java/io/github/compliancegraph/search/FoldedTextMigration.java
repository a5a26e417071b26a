package io.github.compliancegraph.search;

import java.util.List;
import java.util.Map;

import io.github.compliancegraph.neo4j.CypherFiles;
import io.github.compliancegraph.neo4j.RowsMigration;
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
public class FoldedTextMigration extends RowsMigration {

    FoldedTextMigration(CypherFiles cypher) {
        super(cypher, "V0008__Fold_search_text");
    }

    @Override
    protected void migrate(Session session) {
        List<Map<String, Object>> controls = read(session, "import/unfolded-controls",
                r -> FoldedText.ofControl(string(r, "text"), string(r, "sectionTitle")));
        writeInBatches(session, controls, "controls", "import/folded-controls-set");
        List<Map<String, Object>> clauses = read(session, "import/unfolded-clauses", r -> {
            // a catalog this project ships is English whatever its framework; one imported from a file is in the framework's language
            Language language = r.get("shipped").asBoolean() ? Language.ENGLISH : Language.ofCatalog(r.get("framework").asString());
            return FoldedText.ofClause(string(r, "ref"), string(r, "title"), string(r, "text"), language);
        });
        writeInBatches(session, clauses, "clauses", "import/folded-clauses-set");
    }
}
