// Purpose: benchmark generator: the assessable catalog clauses of each imported framework (profiles
// and withdrawn clauses left out), in document order; synthetic matrices cite them and synthetic
// mapping sets link them, as new providers' documents would.
// Parameters: none.
MATCH (f:Framework)
WHERE NOT (f)-[:PROFILE_OF]->()
MATCH (c:Clause {framework: f.id, inCatalog: true, assessable: true})
WHERE NOT coalesce(c.withdrawn, false)
WITH f, c ORDER BY c.order
RETURN f.id AS framework, collect(c.uid) AS clauses
ORDER BY framework
