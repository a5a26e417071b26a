// Traversal: framework-clauses
// Purpose: the clauses of a framework in document order, each with its parent and the number of
//   controls of each party that map to it (the API nests them into a tree). `label` is what to
//   show the clause as: its ref, or for a clause its catalog gives no ref, its place and title.
// Orders by each clause's sortKey, which the importers write (README, graph contract).
// @param framework framework (required) framework id, such as iso27001-2013
// @param skip integer = 0 [0..1000000] rows to skip
// @param limit integer = 5000 [1..20000] rows to return
// Run in Neo4j Browser after:
//   :param framework => 'iso27001-2013'
//   :param skip => 0
//   :param limit => 5000
MATCH (cl:Clause {framework: $framework})
OPTIONAL MATCH (cl)-[:PART_OF]->(parent:Clause)
CALL (cl) {
  OPTIONAL MATCH (p:Party)-[:RESPONSIBLE_FOR]->(c:Control)-[:MAPS_TO]->(cl)
  WITH p.id AS party, count(c) AS controls
  WHERE party IS NOT NULL
  ORDER BY party
  RETURN collect({party: party, controls: controls}) AS controlsByParty
}
RETURN cl.uid AS uid, cl.ref AS ref, coalesce(cl.label, cl.ref) AS label, cl.title AS title, parent.uid AS parent,
       cl.inCatalog AS inCatalog, controlsByParty
ORDER BY cl.sortKey
SKIP $skip LIMIT $limit
