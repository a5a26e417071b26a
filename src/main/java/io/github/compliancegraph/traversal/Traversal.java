package io.github.compliancegraph.traversal;

import java.util.List;

/** A named Cypher traversal from {@code cypher/traversals/<name>.cypher}. */
public record Traversal(String name, String purpose, List<TraversalParameter> parameters, String cypher,
        String file) {
}
