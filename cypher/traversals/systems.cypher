// Traversal: systems
// Purpose: the customers' own systems (parties with role 'system', declared through POST
//   /api/systems), each with the providers it builds on directly and every provider of its chain.
// @param skip integer = 0 [0..1000000] rows to skip
// @param limit integer = 100 [1..1000] rows to return
// Run in Neo4j Browser after:
//   :param skip => 0
//   :param limit => 100
MATCH (s:Party {role: 'system'})
RETURN s.id AS id, s.name AS name, s.description AS description,
       COLLECT { MATCH (s)-[:BUILDS_ON]->(p:Party) RETURN p.id ORDER BY p.id } AS buildsOn,
       COLLECT { MATCH (s)-[:BUILDS_ON]->+(p:Party) RETURN DISTINCT p.id ORDER BY p.id } AS chain
ORDER BY id
SKIP $skip LIMIT $limit
