// Purpose: before a document is imported again, remove everything an earlier import of it wrote:
// its controls (with their RESPONSIBLE_FOR and MAPS_TO edges) and the relations it asserted.
// Runs in the same transaction as the writes that follow, so readers never see the gap.
// Parameters:
//   $source  source id, string
// Example:
//   :param source => 'outscale-matrix'
OPTIONAL MATCH (c:Control)-[:FROM_SOURCE]->(:Source {id: $source})
DETACH DELETE c
WITH count(*) AS done
OPTIONAL MATCH ()-[r:DERIVED_FROM|AUDITED_AGAINST|IN_SCOPE_OF|EVIDENCE_FOR|APPLIES_TO|OFFERS|BUILDS_ON {source: $source}]->()
DELETE r
