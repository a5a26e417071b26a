// Purpose: create a document's controls, each pointing to its Source, with the party responsible
// and, for a statement shared by provider and customer, the second party.
// Parameters:
//   $source    source id, string
//   $controls  list of maps {uid, party, sharedWith, statementId, section, sectionTitle, text, lang, line, ordinal, referenceCell}
// Example:
//   :param source => 'outscale-matrix'
//   :param controls => [{uid: 'outscale-matrix:13:outscale:00000000', party: 'outscale', sharedWith: null, statementId: null, section: '13', sectionTitle: 'Cryptographie', text: '...', lang: 'fr', line: 313, ordinal: 4, referenceCell: 'SNC – 10.5 c)'}]
MATCH (s:Source {id: $source})
UNWIND $controls AS c
MATCH (p:Party {id: c.party})
CREATE (ctl:Control {uid: c.uid, source: $source, section: c.section, sectionTitle: c.sectionTitle,
                     text: c.text, lang: c.lang, line: c.line, ordinal: c.ordinal, referenceCell: c.referenceCell,
                     statementId: c.statementId})
CREATE (ctl)-[:FROM_SOURCE]->(s)
CREATE (p)-[:RESPONSIBLE_FOR]->(ctl)
WITH ctl, c
CALL (ctl, c) {
  MATCH (other:Party {id: c.sharedWith})
  CREATE (other)-[:RESPONSIBLE_FOR]->(ctl)
}
