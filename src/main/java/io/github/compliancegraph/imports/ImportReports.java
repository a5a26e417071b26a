package io.github.compliancegraph.imports;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compliancegraph.neo4j.ConsistentReads;
import io.github.compliancegraph.neo4j.CypherFiles;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

/** The import reports kept on {@code (:ImportRun)} nodes: the latest of each source, or of one. */
@Component
public class ImportReports {

    private final Driver driver;
    private final CypherFiles cypher;
    private final ObjectMapper json;
    private final ConsistentReads consistency;

    ImportReports(Driver driver, CypherFiles cypher, ObjectMapper json, ConsistentReads consistency) {
        this.driver = driver;
        this.cypher = cypher;
        this.json = json;
        this.consistency = consistency;
    }

    /** The latest report of each source when {@code source} is null, else of that source (empty if never imported). */
    public List<JsonNode> latest(String source) {
        List<String> reports = consistency.read(() -> {
            try (var session = driver.session()) {
                return session.executeRead(tx -> tx.run(cypher.get("import/import-run-latest"),
                        Collections.singletonMap("source", source)).list(r -> r.get("report").asString(null)));
            }
        });
        return reports.stream().filter(Objects::nonNull).map(this::parse).toList();
    }

    private JsonNode parse(String report) {
        try {
            return json.readTree(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored import report is not JSON", e);
        }
    }
}
