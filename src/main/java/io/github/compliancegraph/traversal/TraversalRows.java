package io.github.compliancegraph.traversal;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Rows between the column-to-value maps Cypher returns and typed records: records as maps (columns
 * in the record's order, nulls kept), and maps as records (columns by name).
 */
public final class TraversalRows {

    // a record reads the columns it names and leaves the others: a row may carry more than one record's worth
    private static final ObjectMapper MAPPER = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private TraversalRows() {
    }

    public static List<Map<String, Object>> of(List<? extends Record> rows) {
        return MAPPER.convertValue(rows, new TypeReference<>() { });
    }

    /** A row as a record of the columns it names. */
    public static <T extends Record> T as(Map<String, Object> row, Class<T> type) {
        return MAPPER.convertValue(row, type);
    }
}
