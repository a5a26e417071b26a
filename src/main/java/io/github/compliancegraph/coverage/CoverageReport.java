package io.github.compliancegraph.coverage;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.compliancegraph.traversal.TraversalResult;

/** A framework's coverage: overall, per chapter, and per clause (the traversal's rows). */
public record CoverageReport(String framework, String party, CoverageSummary overall, List<CoverageSummary> chapters,
        @JsonIgnore TraversalResult result) {

    @JsonProperty
    public List<Map<String, Object>> clauses() {
        return result.rows();
    }
}
