// Traversal: frameworks
// Purpose: every framework, with its clause counts (all, and from a catalog) and the number of
//   controls that map to it or to one of its clauses. `version` is the framework's edition,
//   `libraryVersion` the packaging version of the library file its catalog came from, if any.
// @param skip integer = 0 [0..1000000] rows to skip
// @param limit integer = 100 [1..1000] rows to return
// Run in Neo4j Browser after:
//   :param skip => 0
//   :param limit => 100
MATCH (f:Framework)
CALL (f) {
  OPTIONAL MATCH (cl:Clause {framework: f.id})
  RETURN count(cl) AS clauses, count(CASE WHEN cl.inCatalog THEN 1 END) AS catalogClauses
}
CALL (f) {
  CALL (f) {
    MATCH (c:Control)-[:MAPS_TO]->(f)
    RETURN c
    UNION
    MATCH (c:Control)-[:MAPS_TO]->(:Clause {framework: f.id})
    RETURN c
  }
  RETURN count(c) AS controls
}
RETURN f.id AS id, f.name AS name, f.version AS version, f.libraryVersion AS libraryVersion, f.publisher AS publisher,
       clauses, catalogClauses, controls
ORDER BY id
SKIP $skip LIMIT $limit
