package io.github.compliancegraph.traversal;

import java.util.List;
import java.util.Map;

/** A traversal's rows, with the parameter values it ran with (defaults filled in). */
public record TraversalResult(String traversal, Map<String, Object> parameters, List<Map<String, Object>> rows) {

    /** The single row of a traversal about one thing. */
    public Map<String, Object> single() {
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }
}
