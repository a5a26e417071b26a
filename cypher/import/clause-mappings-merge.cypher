// Purpose: clause-to-clause mappings from a mapping set or a profile (NIST IR 8477 semantics).
// A mapping set imported again replaces its earlier edges, since they share the same source.
// Parameters:
//   $source    mapping-set id (stored as the edge's source), string
//   $mappings  list of maps {from, to, relationship, rationale, strength} (from/to are clause uids)
// Example:
//   :param source => 'mapping-secnumcloud-3.2-to-iso27001-2022'
//   :param mappings => [{from: 'secnumcloud-3.2:5.2.a', to: 'iso27001-2022:A.5.1', relationship: 'intersects-with', rationale: null, strength: null}]
OPTIONAL MATCH (:Clause)-[old:MAPS_TO {source: $source}]->(:Clause)
DELETE old
WITH count(*) AS cleared
UNWIND $mappings AS m
MATCH (a:Clause {uid: m.from}), (b:Clause {uid: m.to})
CREATE (a)-[:MAPS_TO {relationship: m.relationship, rationale: m.rationale, strength: m.strength, source: $source}]->(b)
