package io.github.compliancegraph.traversal;

import java.util.List;
import java.util.Map;

/**
 * A traversal the app answers itself, where running its file would be too slow on large graphs,
 * with the rows the file gives: the file in {@code cypher/traversals} stays its definition (what
 * Neo4j Browser runs, what declares its parameters, and what tests compare the answer with).
 */
public interface ComputedTraversal {

    /** The traversal answered, by its file's name. */
    String traversal();

    /** The rows the file gives for these parameter values, already checked against its header. */
    List<Map<String, Object>> rows(Map<String, Object> parameters);
}
