package io.github.compliancegraph.traversal;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Rows between the column-to-value maps Cypher returns and the records of {@link TraversalRow}:
 * records as maps (columns in the record's order, nulls kept, which the app's own JSON settings
 * would drop), and maps as records (columns by name; a column the record does not name fails).
 */
public final class TraversalRows {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TraversalRows() {
    }

    /** Rows as maps: Cypher's as they come, records by their components. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> of(List<?> rows) {
        return rows.stream().allMatch(Map.class::isInstance) ? (List<Map<String, Object>>) rows
                : MAPPER.convertValue(rows, new TypeReference<>() { });
    }

    /** Rows as records of one type: Cypher's maps by column name, records of that type as they are. */
    static <R extends Record> List<R> as(List<?> rows, Class<R> type) {
        return rows.stream().map(row -> type.isInstance(row) ? type.cast(row) : MAPPER.convertValue(row, type)).toList();
    }
}
