package io.github.compliancegraph.traversal;

import java.util.List;
import java.util.Map;

/**
 * A traversal the app answers itself, where running its file would be too slow on large graphs,
 * with the rows the file gives: the file in {@code cypher/traversals} stays its definition (what
 * Neo4j Browser runs, what declares its parameters, and what tests compare the answer with).
 *
 * @param <R> the traversal's row record, whose {@link TraversalRow} names the traversal answered
 */
public interface ComputedTraversal<R extends Record> {

    /** The record its rows are, which names the traversal answered. */
    Class<R> rowType();

    /** The rows the file gives for these parameter values, already checked against its header. */
    List<R> rows(Map<String, Object> parameters);

    /** The traversal answered, by its file's name: the one its row record names. */
    default String traversal() {
        return rowType().getAnnotation(TraversalRow.class).value();
    }
}
