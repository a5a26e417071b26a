package io.github.compliancegraph.oscal;

import io.github.compliancegraph.traversal.TraversalRow;

/**
 * A statement of a provider's documents citing a clause, for one party it binds: the row of the
 * {@code responsibility-statements} traversal, which the OSCAL export writes as a provided
 * capability (provider) or a customer responsibility (customer).
 *
 * @param clauseSourceId the clause's id in its catalog file (its OSCAL control id), or null
 * @param control        the statement's uid
 * @param statementId    the statement's own id in its document, or null
 * @param role           provider or customer: which side of the statement this row is
 */
@TraversalRow("responsibility-statements")
public record ResponsibilityStatement(String clause, String ref, String title, String clauseSourceId, String control,
        String statementId, String source, String section, String sectionTitle, String text, String lang, String party,
        String partyName, String role) {
}
