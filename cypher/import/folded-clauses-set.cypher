// Purpose: write the folded copies of clauses that the search indexes (schema migration 0008):
// foldedFr or foldedEn after the language of the clause's catalog, the other null.
// Parameters:
//   $clauses  list of maps {uid, foldedFr, foldedEn}
// Example:
//   :param clauses => [{uid: 'secnumcloud-3.2:10.5', foldedFr: null, foldedEn: '10.5 protecting keys and other secrets'}]
UNWIND $clauses AS c
MATCH (cl:Clause {uid: c.uid})
SET cl.foldedFr = c.foldedFr, cl.foldedEn = c.foldedEn
