package io.github.compliancegraph.imports;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.springframework.stereotype.Component;

/** The import reports kept on {@code (:ImportRun)} nodes: the latest of each source, or of one. */
@Component
public class ImportReports {

    private final TraversalRunner reads;
    private final ObjectMapper json;

    ImportReports(TraversalRunner reads, ObjectMapper json) {
        this.reads = reads;
        this.json = json;
    }

    /** The latest report of each source when {@code source} is null, else of that source (empty if never imported). */
    public List<JsonNode> latest(String source) {
        return reads.lookup("import/import-run-latest", Collections.singletonMap("source", source)).stream()
                .map(row -> (String) row.get("report")).filter(Objects::nonNull).map(this::parse).toList();
    }

    private JsonNode parse(String report) {
        try {
            return json.readTree(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored import report is not JSON", e);
        }
    }
}
