// Purpose: a framework derived from another (MARS-E 2.0 from NIST SP 800-53 rev 4), with the
// sentence saying so.
// Parameters:
//   $source     source id, string
//   $relations  list of maps {from, to, evidence}
// Example:
//   :param source => 'microsoft-mars-e'
//   :param relations => [{from: 'mars-e-2.0', to: 'nist-sp800-53-r4', evidence: '...'}]
UNWIND $relations AS d
MATCH (a:Framework {id: d.from}), (b:Framework {id: d.to})
MERGE (a)-[r:DERIVED_FROM {source: $source}]->(b)
SET r.evidence = d.evidence
