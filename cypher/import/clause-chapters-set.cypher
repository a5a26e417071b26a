// Purpose: give clauses their chapter, which traversals and the mapping snapshot of coverage and
// crosswalks read rather than climb the tree each time: chapterUid, the uid of the top of the
// clause's tree, the clause above it (or itself) that has no parent clause, within eight PART_OF hops
// (none further up; the first by uid should a clause reach two). Run after clauses-link-parents with
// the same clauses: a clause linked anew moves every clause below it too, so these are set again.
// Parameters:
//   $clauses  list of maps {uid} (the clauses just linked to their parents; other keys are ignored)
// Example:
//   :param clauses => [{uid: 'secnumcloud-3.2:10.5'}]
UNWIND $clauses AS c
MATCH (:Clause {uid: c.uid})<-[:PART_OF*0..8]-(cl:Clause)
WITH DISTINCT cl
SET cl.chapterUid = COLLECT { MATCH (cl)-[:PART_OF*0..8]->(top:Clause) WHERE NOT (top)-[:PART_OF]->(:Clause)
                              RETURN top.uid ORDER BY top.uid LIMIT 1 }[0]
