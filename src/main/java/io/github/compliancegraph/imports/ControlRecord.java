package io.github.compliancegraph.imports;

import java.util.List;

import io.github.compliancegraph.mapping.ResolvedReference;

/**
 * A {@code (:Control)} node to write, with the party responsible and the references it cites.
 *
 * @param party                the party responsible, or null for a statement the document marks as
 *                             applying to nobody ("Not applicable"): kept, bound to no party
 * @param statementId          the id the document gives the statement, or null
 * @param sharedWith           for a statement binding provider and customer alike, the second party; else null
 * @param responsibility       the responsibility as the document writes it ("Partial", "CSP-owned",
 *                             "sp-corporate"), kept on the statement and its RESPONSIBLE_FOR edges; null
 *                             where the document's layout, not a cell, names the party
 * @param implementationStatus the implementation status the document gives the statement, or null
 */
public record ControlRecord(String uid, String party, String section, String sectionTitle, String text, String lang,
        int line, int ordinal, String referenceCell, List<ResolvedReference> references, String statementId,
        String sharedWith, String responsibility, String implementationStatus) {

    /** Whether the document binds the statement to nobody. */
    public boolean notApplicable() {
        return party == null;
    }
}
