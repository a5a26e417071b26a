// Traversal: framework
// Purpose: one framework: what it is, its clause counts, the controls of each party that map to
//   it or to its clauses, and how it relates to other frameworks (derivation, evidence).
//   `version` is its edition, `libraryVersion` the packaging version of the library file its
//   catalog came from, if any.
// @param framework framework (required) framework id, such as mars-e-2.0
// Run in Neo4j Browser after:
//   :param framework => 'mars-e-2.0'
MATCH (f:Framework {id: $framework})
CALL (f) {
  OPTIONAL MATCH (cl:Clause {framework: f.id})
  RETURN count(cl) AS clauses, count(CASE WHEN cl.inCatalog THEN 1 END) AS catalogClauses
}
CALL (f) {
  CALL (f) {
    MATCH (p:Party)-[:RESPONSIBLE_FOR]->(c:Control)-[:MAPS_TO]->(f)
    RETURN p, c
    UNION
    MATCH (p:Party)-[:RESPONSIBLE_FOR]->(c:Control)-[:MAPS_TO]->(:Clause {framework: f.id})
    RETURN p, c
  }
  WITH p.id AS party, count(DISTINCT c) AS controls
  ORDER BY party
  RETURN collect({party: party, controls: controls}) AS controlsByParty
}
CALL (f) {
  OPTIONAL MATCH (f)-[r:DERIVED_FROM|EVIDENCE_FOR]-(other:Framework)
  WITH r, other ORDER BY other.id
  RETURN [x IN collect({relation: type(r), direction: CASE WHEN startNode(r) = f THEN 'outgoing' ELSE 'incoming' END,
                        framework: other.id, evidence: r.evidence}) WHERE x.framework IS NOT NULL] AS related
}
RETURN f.id AS id, f.name AS name, f.version AS version, f.libraryVersion AS libraryVersion, f.publisher AS publisher,
       f.description AS description, clauses, catalogClauses, controlsByParty, related
