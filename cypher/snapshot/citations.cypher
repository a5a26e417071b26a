// Purpose: every clause a statement cites, with the party the statement binds, for the in-memory
// mapping snapshot of coverage and crosswalks (a shared statement gives one row per party). A
// reference to a whole NIST family (resolution 'family') is too coarse to count for any clause.
// Parameters: none.
MATCH (p:Party)-[:RESPONSIBLE_FOR]->(c:Control)-[m:MAPS_TO]->(cl:Clause)
WHERE m.resolution <> 'family'
RETURN cl.uid AS clause, c.uid AS control, p.id AS party, p.role AS role
