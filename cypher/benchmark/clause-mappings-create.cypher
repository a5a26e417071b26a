// Purpose: benchmark generator: clause-to-clause MAPS_TO edges of a synthetic mapping set
// (NIST IR 8477 relationship types, in the mix the imported mapping sets have). Run
// import/clause-mappings-read-both-ways after, as every import does.
// Parameters:
//   $source    mapping-set id, string
//   $mappings  list of maps {from, to, relationship, rationale, strength} (clause uids)
// Example:
//   :param source => 'synthetic-mapping-01-02'
//   :param mappings => [{from: 'synthetic-01:1.1.1', to: 'synthetic-02:1.1.1', relationship: 'intersects-with', rationale: 'semantic', strength: null}]
UNWIND $mappings AS m
MATCH (a:Clause {uid: m.from}), (b:Clause {uid: m.to})
CREATE (a)-[:MAPS_TO {relationship: m.relationship, rationale: m.rationale, strength: m.strength, source: $source}]->(b)
