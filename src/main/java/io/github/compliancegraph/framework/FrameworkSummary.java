package io.github.compliancegraph.framework;

import io.github.compliancegraph.traversal.TraversalRow;

/**
 * A framework with its counts: the row of the {@code frameworks} traversal.
 *
 * @param version        its edition ("2022", "rev 5", "3.2")
 * @param libraryVersion the packaging version of the library file its catalog came from, or null
 * @param clauses        its clauses, cited or from its catalog
 * @param catalogClauses those from its catalog
 * @param controls       the statements that map to it or to one of its clauses
 */
@TraversalRow("frameworks")
public record FrameworkSummary(String id, String name, String version, String libraryVersion, String publisher,
        long clauses, long catalogClauses, long controls) {
}
