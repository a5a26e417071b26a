// Purpose: benchmark generator: synthetic controls with the party responsible for them and their source.
// Parameters:
//   $controls  list of maps {uid, source, party, section, sectionTitle, text, line, ordinal, referenceCell, foldedText, foldedSectionTitle}
// Example:
//   :param controls => [{uid: 'synthetic-matrix-001:3:synthetic-provider-001:17', source: 'synthetic-matrix-001', party: 'synthetic-provider-001', section: '3', sectionTitle: 'Section 3', text: 'Le fournisseur protège les clés.', line: 17, ordinal: 17, referenceCell: 'SYN01 – 1.2.3', foldedText: 'le fournisseur protege les cles.', foldedSectionTitle: 'section 3'}]
UNWIND $controls AS c
MATCH (s:Source {id: c.source}), (p:Party {id: c.party})
CREATE (ctl:Control {uid: c.uid, source: c.source, section: c.section, sectionTitle: c.sectionTitle, text: c.text,
                     lang: 'fr', line: c.line, ordinal: c.ordinal, referenceCell: c.referenceCell, synthetic: true,
                     foldedText: c.foldedText, foldedSectionTitle: c.foldedSectionTitle})
CREATE (ctl)-[:FROM_SOURCE]->(s)
CREATE (p)-[:RESPONSIBLE_FOR]->(ctl)
