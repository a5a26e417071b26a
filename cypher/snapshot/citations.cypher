// Purpose: every clause a statement cites, with the party the statement binds, for the in-memory
// mapping snapshot of coverage and crosswalks (a shared statement gives one row per party).
// Parameters: none.
MATCH (p:Party)-[:RESPONSIBLE_FOR]->(c:Control)-[:MAPS_TO]->(cl:Clause)
RETURN cl.uid AS clause, c.uid AS control, p.id AS party, p.role AS role
