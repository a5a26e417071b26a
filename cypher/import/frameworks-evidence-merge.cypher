// Purpose: audits against one framework accepted as evidence for another (FedRAMP audits as
// Microsoft's evidence for MARS-E), with the sentence saying so.
// Parameters:
//   $source     source id, string
//   $relations  list of maps {from, to, evidence}
// Example:
//   :param source => 'microsoft-mars-e'
//   :param relations => [{from: 'fedramp-moderate-r4', to: 'mars-e-2.0', evidence: '...'}]
UNWIND $relations AS e
MATCH (a:Framework {id: e.from}), (b:Framework {id: e.to})
MERGE (a)-[r:EVIDENCE_FOR {source: $source}]->(b)
SET r.evidence = e.evidence
