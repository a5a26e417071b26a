// Purpose: benchmark generator: create one level of synthetic clause trees; each clause is PART_OF
// its parent clause or, at the top, of its framework. Send parents in an earlier batch. sortKey as the
// importers write it (mapping.NaturalOrder); run import/clause-chapters-set with the same clauses after.
// Parameters:
//   $clauses  list of maps {uid, framework, ref, sortKey, title, assessable, order, parent, foldedFr, foldedEn} (parent: clause uid or null)
// Example:
//   :param clauses => [{uid: 'synthetic-01:1', framework: 'synthetic-01', ref: '1', sortKey: '00001.', title: 'Chapitre 1', assessable: false, order: 0, parent: null, foldedFr: '1 chapitre 1', foldedEn: null}]
UNWIND $clauses AS c
MATCH (f:Framework {id: c.framework})
OPTIONAL MATCH (p:Clause {uid: c.parent})
CREATE (cl:Clause {uid: c.uid, framework: c.framework, ref: c.ref, sortKey: c.sortKey, title: c.title, inCatalog: true,
                   assessable: c.assessable, order: c.order, synthetic: true, foldedFr: c.foldedFr, foldedEn: c.foldedEn})
WITH cl, coalesce(p, f) AS parent
CREATE (cl)-[:PART_OF]->(parent)
