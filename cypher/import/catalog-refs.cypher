// Purpose: the clause refs of every catalog in the graph, by framework, used to resolve citations.
// Parameters: none.
MATCH (cl:Clause {inCatalog: true})
RETURN cl.framework AS framework, collect(cl.ref) AS refs
