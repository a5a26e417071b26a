package io.github.compliancegraph.traversal;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Typed rows to and from the column-to-value maps Cypher returns: columns in the record's order, nulls kept. */
public final class TraversalRows {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TraversalRows() {
    }

    public static List<Map<String, Object>> of(List<? extends Record> rows) {
        return MAPPER.convertValue(rows, new TypeReference<>() { });
    }

    /** A row as the record of its traversal: a column the record does not have fails here, not later. */
    public static <T extends Record> T as(Map<String, Object> row, Class<T> type) {
        return MAPPER.convertValue(row, type);
    }
}
