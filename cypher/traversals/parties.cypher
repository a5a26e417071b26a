// Traversal: parties
// Purpose: every party with its role, how many controls it is responsible for, and in which sources.
// @param skip integer = 0 [0..1000000] rows to skip
// @param limit integer = 100 [1..1000] rows to return
// Run in Neo4j Browser after:
//   :param skip => 0
//   :param limit => 100
MATCH (p:Party)
CALL (p) {
  OPTIONAL MATCH (p)-[:RESPONSIBLE_FOR]->(c:Control)
  RETURN count(c) AS controls, collect(DISTINCT c.source) AS sources
}
RETURN p.id AS id, p.name AS name, p.role AS role, controls, sources
ORDER BY id
SKIP $skip LIMIT $limit
