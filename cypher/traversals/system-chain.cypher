// Traversal: system-chain
// Purpose: a system's chain of providers: every BUILDS_ON edge from the system down (an application
//   on a platform on an infrastructure provider), each with its two parties, the source that
//   declared it (a document's id, or api:systems) and its evidence; `depth` is how far below the
//   system the edge starts (0 for the system's own providers).
// @param system system (required) system party id, such as health-records-app
// Run in Neo4j Browser after:
//   :param system => 'health-records-app'
MATCH path = (:Party {id: $system, role: 'system'})-[:BUILDS_ON]->+(:Party)
WITH last(relationships(path)) AS edge, size(relationships(path)) - 1 AS depth
WITH edge, min(depth) AS depth
WITH startNode(edge) AS above, endNode(edge) AS below, edge, depth
RETURN above.id AS from, above.name AS fromName, above.role AS fromRole, below.id AS to, below.name AS toName,
       below.role AS toRole, edge.source AS source, edge.evidence AS evidence, depth
ORDER BY depth, from, to
