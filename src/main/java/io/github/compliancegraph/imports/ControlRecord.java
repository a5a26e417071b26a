package io.github.compliancegraph.imports;

import java.util.List;

import io.github.compliancegraph.mapping.ResolvedReference;

/**
 * A {@code (:Control)} node to write, with the party responsible and the references it cites.
 *
 * @param statementId the id the document gives the statement, or null
 * @param sharedWith  for a statement binding provider and customer alike, the second party; else null
 */
public record ControlRecord(String uid, String party, String section, String sectionTitle, String text, String lang,
        int line, int ordinal, String referenceCell, List<ResolvedReference> references, String statementId,
        String sharedWith) {
}
