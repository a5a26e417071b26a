// Purpose: create a document's controls, each pointing to its Source, with the party responsible
// and, for a statement shared by provider and customer, the second party. A statement whose party
// is null ("Not applicable") is created bound to no party. The responsibility as the document
// writes it ("Partial", "CSP-owned") is kept on the statement and on its RESPONSIBLE_FOR edges.
// foldedText and foldedSectionTitle are the folded copies the search indexes (see
// cypher/schema/V0007__Search_folded_text.cypher).
// Parameters:
//   $source    source id, string
//   $controls  list of maps {uid, party, sharedWith, statementId, section, sectionTitle, text, lang, line, ordinal,
//              referenceCell, responsibility, implementationStatus, foldedText, foldedSectionTitle}
// Example:
//   :param source => 'outscale-matrix'
//   :param controls => [{uid: 'outscale-matrix:13:outscale:00000000', party: 'outscale', sharedWith: null, statementId: null, section: '13', sectionTitle: 'Cryptographie', text: '...', lang: 'fr', line: 313, ordinal: 4, referenceCell: 'SNC – 10.5 c)', responsibility: null, implementationStatus: null, foldedText: '...', foldedSectionTitle: 'cryptographie'}]
MATCH (s:Source {id: $source})
UNWIND $controls AS c
CREATE (ctl:Control {uid: c.uid, source: $source, section: c.section, sectionTitle: c.sectionTitle,
                     text: c.text, lang: c.lang, line: c.line, ordinal: c.ordinal, referenceCell: c.referenceCell,
                     statementId: c.statementId, responsibility: c.responsibility,
                     implementationStatus: c.implementationStatus, foldedText: c.foldedText,
                     foldedSectionTitle: c.foldedSectionTitle})
CREATE (ctl)-[:FROM_SOURCE]->(s)
WITH ctl, c
CALL (ctl, c) {
  UNWIND [id IN [c.party, c.sharedWith] WHERE id IS NOT NULL] AS partyId
  MATCH (p:Party {id: partyId})
  CREATE (p)-[:RESPONSIBLE_FOR {asWritten: c.responsibility}]->(ctl)
}
