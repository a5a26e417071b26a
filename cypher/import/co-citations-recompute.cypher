// Purpose: derive clause-to-clause mappings from responsibility matrices. When one control cites
// clauses of two frameworks (ISO – A9.2.1 SNC – 9.2 a)), the clauses are linked intersects-with,
// source 'co-citation', with the number of controls as evidence and their uids. Recomputed from
// scratch on every import so it always reflects the controls in the graph.
// Parameters: none.
OPTIONAL MATCH (:Clause)-[old:MAPS_TO {source: 'co-citation'}]->(:Clause)
DELETE old
WITH count(*) AS cleared
MATCH (a:Clause)<-[:MAPS_TO]-(c:Control)-[:MAPS_TO]->(b:Clause)
WHERE a.framework < b.framework
WITH a, b, collect(DISTINCT c.uid) AS controls
CREATE (a)-[:MAPS_TO {relationship: 'intersects-with', rationale: 'functional', source: 'co-citation',
                      evidence: size(controls), controls: controls}]->(b)
