// Purpose: every clause-to-clause mapping, as written, for the in-memory mapping snapshot of
// coverage and crosswalks. The snapshot walks all but no-relationship, and joins the mappings
// between the same two clauses (a set and its reverse, the same relation from two sources) into
// one relation that keeps each of them as evidence.
// Parameters: none.
MATCH (a:Clause)-[m:MAPS_TO]->(b:Clause)
RETURN a.uid AS from, b.uid AS to, m.relationship AS relationship, coalesce(m.source, 'mapping') AS source
