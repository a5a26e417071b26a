package io.github.compliancegraph.traversal;

import java.util.List;
import java.util.Map;

/**
 * A traversal's rows, with the parameter values it ran with (defaults filled in).
 *
 * @param <R> a row: the traversal's {@link TraversalRow} record, or a column-to-value map for readers
 *            that know no traversal in particular
 */
public record TraversalResult<R>(String traversal, Map<String, Object> parameters, List<R> rows) {

    /** The single row of a traversal about one thing, asked only once the thing is known to exist. */
    public R single() {
        if (rows.isEmpty()) {
            throw new IllegalStateException(traversal + " found nothing for " + parameters);
        }
        return rows.get(0);
    }

    /** The rows as column-to-value maps, columns in the traversal's order, nulls kept: what CSV writes. */
    public List<Map<String, Object>> table() {
        return TraversalRows.of(rows);
    }
}
