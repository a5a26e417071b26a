package io.github.compliancegraph.coverage;

import io.github.compliancegraph.coverage.MappingGraph.DerivationRow;

/**
 * Says that a framework's coverage is that of the framework it derives from, because it has no
 * catalog of its own in the graph (MARS-E 2.0 through NIST SP 800-53 rev 4).
 *
 * @param framework    the framework whose clauses answer
 * @param relationship always DERIVED_FROM, the edge that led there
 * @param source       the document that states the derivation
 */
public record DerivedCoverage(String framework, String relationship, String source, String note) {

    /** Null when {@code asked} answers with its own clauses. */
    static DerivedCoverage of(MappingGraph graph, String asked, String answering) {
        if (asked.equals(answering)) {
            return null;
        }
        DerivationRow derivation = graph.derivation(asked);
        return new DerivedCoverage(answering, "DERIVED_FROM", derivation.source(), asked + " has no catalog in the graph, so its own "
                + "control selection is not known: these are the clauses of " + answering + ", which it derives from"
                + (derivation.source() == null ? "" : " (as " + derivation.source() + " states)")
                + ". Import a " + asked + " catalog to answer with its own controls.");
    }
}
