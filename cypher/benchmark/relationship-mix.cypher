// Purpose: benchmark generator: the mix of relationship types (and rationales) of the imported
// clause-to-clause mapping sets, which the synthetic mapping sets follow.
// Parameters: none.
MATCH (:Clause)-[m:MAPS_TO]->(:Clause)
WHERE m.relationship IS NOT NULL AND NOT m.source IN ['co-citation', 'profile']
RETURN m.relationship AS relationship, coalesce(m.rationale, 'semantic') AS rationale, count(*) AS edges
ORDER BY relationship, rationale
