package io.github.compliancegraph.system;

import java.util.List;

import io.github.compliancegraph.traversal.TraversalRow;

/**
 * A system and the providers under it: the {@code system-chain} traversal's edges, top first.
 *
 * @param system    the system's id
 * @param providers every provider of the chain, the system's own first, then those below them
 * @param edges     each {@code BUILDS_ON} edge with its parties, the source that declared it and its evidence
 */
public record SystemChain(String system, List<String> providers, List<Edge> edges) {

    /** A party builds on another, as a source declared: a row of the {@code system-chain} traversal. */
    @TraversalRow("system-chain")
    public record Edge(String from, String fromName, String fromRole, String to, String toName, String toRole, String source,
            String evidence, int depth) {
    }

    static SystemChain of(String system, List<Edge> edges) {
        return new SystemChain(system, edges.stream().map(Edge::to).distinct().toList(), edges);
    }
}
