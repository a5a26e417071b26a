package io.github.compliancegraph.coverage;

import java.util.List;

import io.github.compliancegraph.traversal.TraversalRow;

/**
 * A clause of one framework and one of its best targets in another: a row of the crosswalk traversal.
 *
 * @param hops       the path's length in relations
 * @param confidence 1.0 when coverage carries fully along the whole path, else 0.5
 * @param score      confidence divided by hops: what ranks a clause's targets
 * @param path       the clauses from the source to the target
 * @param via        each hop's mappings read in the direction walked, with their sources
 * @param sources    every mapping set or document behind the path, once each
 */
@TraversalRow("crosswalk")
public record CrosswalkPair(String from, String fromChapter, String to, String toChapter, int hops, double confidence,
        double score, List<String> path, List<String> via, List<String> sources) {
}
