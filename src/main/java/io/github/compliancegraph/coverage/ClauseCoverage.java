package io.github.compliancegraph.coverage;

import java.util.List;

import io.github.compliancegraph.traversal.TraversalRow;

/**
 * How one assessable clause is covered: a row of the coverage traversal.
 *
 * @param label       what the clause is shown as: its ref, or for a clause its catalog gives none, its label
 * @param status      provider, customer, shared, attested, mapped or gap
 * @param parties     the parties of the statements citing the clause or a clause above it
 * @param controls    those statements
 * @param attestedBy  the audits attesting the clause, each as party/service/audited framework
 *                    ({@code microsoft/azure/fedramp-moderate-r4}); statements win over them
 * @param mappingPath for a mapped clause, the clauses from it to the cited clause whose coverage
 *                    reaches it; null otherwise
 * @param confidence  for a mapped clause, 1.0 when coverage carries fully along the whole path, else 0.5
 * @param via         for a mapped clause, each hop's mappings read from the clause's side, with their sources
 */
@TraversalRow("coverage")
public record ClauseCoverage(String clause, String ref, String label, String title, String chapter, String chapterTitle, String status,
        List<String> parties, List<String> controls, List<String> attestedBy, List<String> mappingPath, Double confidence,
        List<String> via) {
}
