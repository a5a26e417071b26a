// Purpose: every clause-to-clause mapping, as written, for the in-memory mapping snapshot of
// coverage and crosswalks, read from both ends as the importers write it: the relationship and how far
// coverage of one end carries to the other (forwardConfidence from the start, reverseConfidence from
// the end; none for no-relationship). The snapshot walks all that carry coverage, and joins the mappings
// between the same two clauses (a set and its reverse, the same relation from two sources) into one
// relation that keeps each of them as evidence.
// Parameters: none.
MATCH (a:Clause)-[m:MAPS_TO]->(b:Clause)
RETURN a.uid AS from, b.uid AS to, m.relationship AS relationship, m.forwardConfidence AS forwardConfidence,
       m.reverseRelationship AS reverseRelationship, m.reverseConfidence AS reverseConfidence,
       coalesce(m.source, 'mapping') AS source
