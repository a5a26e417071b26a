package io.github.compliancegraph.system;

import java.util.List;
import java.util.Map;

import io.github.compliancegraph.traversal.TraversalRows;

/**
 * A system and the providers under it: the {@code system-chain} traversal's edges, top first.
 *
 * @param system    the system's id
 * @param providers every provider of the chain, the system's own first, then those below them
 * @param edges     each {@code BUILDS_ON} edge with its parties, the source that declared it and its evidence
 */
public record SystemChain(String system, List<String> providers, List<Edge> edges) {

    /** A party builds on another, as a source declared. */
    public record Edge(String from, String fromName, String fromRole, String to, String toName, String toRole, String source,
            String evidence, int depth) {
    }

    static SystemChain of(String system, List<Map<String, Object>> rows) {
        List<Edge> edges = rows.stream().map(r -> TraversalRows.as(r, Edge.class)).toList();
        return new SystemChain(system, edges.stream().map(Edge::to).distinct().toList(), edges);
    }
}
